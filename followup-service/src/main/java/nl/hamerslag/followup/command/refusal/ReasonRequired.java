package nl.hamerslag.followup.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Extending a deadline and rejecting a settlement are explained: the reason is part of the record. */
public class ReasonRequired extends RuleViolation {
    public ReasonRequired(String action) {
        super(Kind.INVALID, "reason: " + action + " needs a reason; send a non-empty reason.");
    }
}
