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

    /**
     * One sign-off step: who must sign, by role.
     *
     * @param department the department whose holder of the role must sign (the manager step: the
     *                   proposal's own department), or null when any holder of the role may
     */
    public record Step(String stepId, Role role, String department) {

        /** A step any holder of the role may sign. */
        public Step(String stepId, Role role) {
            this(stepId, role, null);
        }
    }
}
