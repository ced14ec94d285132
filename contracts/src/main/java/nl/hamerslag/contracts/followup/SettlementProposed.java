package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * Afdoening voorgesteld: a letter or an answer was uploaded to settle the item (IN_PROGRESS →
 * SETTLEMENT_PROPOSED). The bytes stay in the follow-up service; the event names them by hash.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 * @param mediaType  detected from the bytes, never from the name
 * @param sha256     the document's SHA-256 in lower-case hex
 * @param proposedBy the subject of who proposed the settlement (who may then not accept it)
 */
public record SettlementProposed(String itemId, ProposalId proposalId, String documentName, String mediaType, long size, String sha256, String proposedBy) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
