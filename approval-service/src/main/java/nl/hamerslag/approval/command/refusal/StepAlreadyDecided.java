package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A step has one outcome: once approved, refused or skipped it is done. */
public class StepAlreadyDecided extends RuleViolation {

    public StepAlreadyDecided(String stepId, String outcome) {
        super(Kind.CONFLICT, "Step '" + stepId + "' is already " + outcome + "; a step has one outcome.");
    }
}
