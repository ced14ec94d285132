package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Cancelling a meeting and withdrawing an item are explained: the reason is part of the record. */
public class ReasonRequired extends RuleViolation {
    public ReasonRequired(String action) {
        super(Kind.INVALID, "reason: " + action + " needs a reason; send a non-empty reason.");
    }
}
