package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * Afgedaan: the settlement was accepted (SETTLEMENT_PROPOSED → SETTLED); for a commitment or a
 * motion the council agreed. A settled question's answer and a settled commitment's letter are
 * publication candidates.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 * @param sha256     the settlement document accepted
 * @param acceptedBy the subject of who accepted it
 */
public record SettlementAccepted(String itemId, ProposalId proposalId, String sha256, String acceptedBy) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
