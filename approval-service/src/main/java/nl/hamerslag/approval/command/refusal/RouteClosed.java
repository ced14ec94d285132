package nl.hamerslag.approval.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Nothing can be signed on a route that was completed, returned for revision or superseded. */
public class RouteClosed extends RuleViolation {

    public RouteClosed(String routeId, String state) {
        super(Kind.CONFLICT, "Route " + routeId + " is " + state + "; nothing can be signed on it any more."
                + " A resubmitted proposal gets a new route.");
    }
}
