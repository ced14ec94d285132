package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * Afdoening niet aanvaard: the settlement was not accepted; the item is back IN_PROGRESS.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 * @param sha256 the settlement document not accepted
 * @param reason why, for whoever works on it next
 */
public record SettlementNotAccepted(String itemId, ProposalId proposalId, String sha256, String reason) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
