package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A refusal and a skip say why. */
public class ReasonRequired extends RuleViolation {

    public ReasonRequired(String what) {
        super(Kind.INVALID, "reason: a " + what + " needs a reason; say what must change or why.");
    }
}
