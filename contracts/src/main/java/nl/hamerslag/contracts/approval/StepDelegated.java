package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;

/**
 * A step was handed to a named person who holds the role, or who is named in a mandate.
 *
 * @param mandate the mandate that allows it, or null when the delegate holds the role
 */
public record StepDelegated(ProposalId proposalId, String routeId, String stepId, Role role, Actor delegator,
                            String delegateSubject, String delegateName, String reason, String mandate)
        implements IntegrationEvent {
}
