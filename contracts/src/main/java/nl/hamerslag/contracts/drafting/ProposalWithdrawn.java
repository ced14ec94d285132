package nl.hamerslag.contracts.drafting;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * Teruggetrokken: the author or their manager withdrew the proposal before a decision. Open routes
 * close, agenda items are removed; the history stays.
 */
public record ProposalWithdrawn(ProposalId proposalId, Actor withdrawnBy, String reason) implements IntegrationEvent {
}
