package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

import java.util.List;

/**
 * A sign-off route (accorderingsroute) was opened for one submitted version of a proposal.
 *
 * @param stages the steps in order; the steps within one stage may sign in parallel
 */
public record RouteOpened(ProposalId proposalId, String routeId, ContentHash version, List<Stage> stages)
        implements IntegrationEvent {

    /** One stage of a route: its steps are due together. */
    public record Stage(int number, List<Step> steps) {
    }

    /** One sign-off step: who must sign, by role. */
    public record Step(String stepId, Role role) {
    }
}
