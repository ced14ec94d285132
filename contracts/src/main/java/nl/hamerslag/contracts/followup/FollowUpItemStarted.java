package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * In behandeling: someone started to work on the item (OPEN → IN_PROGRESS).
 *
 * @param proposalId the proposal the item is about; null when it is about none
 */
public record FollowUpItemStarted(String itemId, ProposalId proposalId) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
