package nl.hamerslag.approval.command;

import nl.hamerslag.platform.problem.RuleViolation;

/** A step is signed once. */
public class StepAlreadyApproved extends RuleViolation {

    public StepAlreadyApproved(String stepId) {
        super(Kind.CONFLICT, "Step '" + stepId + "' is already approved; a step is signed once.");
    }
}
