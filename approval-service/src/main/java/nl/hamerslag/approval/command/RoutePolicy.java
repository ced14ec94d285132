package nl.hamerslag.approval.command;

/** The rule that decides who signs a submission, and in which order. */
public interface RoutePolicy {

    /**
     * The plan of the route: stages numbered 1, 2, ... in signing order; the steps within a stage
     * sign in parallel. Step ids are unique within the route. There is at least one stage.
     */
    RoutePlan planFor(Submission submission);
}
