package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.List;

/** The route has no step with that id. */
public class StepNotInRoute extends RuleViolation {

    public StepNotInRoute(String stepId, List<String> steps) {
        super(Kind.NOT_FOUND, "This route has no step '" + stepId + "'; its steps are " + steps + ".");
    }
}
