package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Withdrawing and correcting are explained: the reason is part of the record. */
public class ReasonRequired extends RuleViolation {
    public ReasonRequired(String action) {
        super(Kind.INVALID, "reason: " + action + " needs a reason; send a non-empty reason.");
    }
}
