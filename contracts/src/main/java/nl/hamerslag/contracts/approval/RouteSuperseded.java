package nl.hamerslag.contracts.approval;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * An earlier route no longer counts: the proposal was resubmitted as a new version (or withdrawn).
 * It stays in the history as SUPERSEDED.
 */
public record RouteSuperseded(ProposalId proposalId, String routeId, ContentHash version, String reason)
        implements IntegrationEvent {
}
