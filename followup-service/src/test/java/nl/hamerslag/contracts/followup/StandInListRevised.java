package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/** A test stand-in for a follow-up event about no proposal (keyed by its list). */
public record StandInListRevised(String listId, String name) implements IntegrationEvent {

    @Override
    public ProposalId proposalId() {
        return null;
    }

    @Override
    public String partitionKey() {
        return listId;
    }
}
