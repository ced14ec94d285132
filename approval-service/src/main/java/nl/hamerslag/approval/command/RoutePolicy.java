package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.approval.RouteOpened;

import java.util.List;

/** The rule that decides who signs a submission, and in which order. */
public interface RoutePolicy {

    /**
     * The stages of the route, numbered 1, 2, ... in signing order; the steps within a stage sign in
     * parallel. Step ids are unique within the route. There is at least one stage.
     */
    List<RouteOpened.Stage> stagesFor(Submission submission);
}
