package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A step is due only when every step of the stages before it approved. */
public class StepNotYetDue extends RuleViolation {

    public StepNotYetDue(String stepId, int stage, int dueStage) {
        super(Kind.CONFLICT, "Step '" + stepId + "' is in stage " + stage + ", which is not due yet: stage "
                + dueStage + " must be approved first.");
    }
}
