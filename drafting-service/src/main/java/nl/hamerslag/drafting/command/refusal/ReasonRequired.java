package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A withdrawal says why. */
public class ReasonRequired extends RuleViolation {
    public ReasonRequired() {
        super(Kind.INVALID, "reason: say why the proposal is withdrawn.");
    }
}
