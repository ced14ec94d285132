package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/** Every step of the route approved: the proposal at {@code version} is ready for a decision. */
public record RouteCompleted(ProposalId proposalId, String routeId, ContentHash version) implements IntegrationEvent {
}
