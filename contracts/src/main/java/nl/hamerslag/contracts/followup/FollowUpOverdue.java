package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Te laat: the deadline passed and the item is not settled.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 */
public record FollowUpOverdue(String itemId, ProposalId proposalId, LocalDate deadline) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
