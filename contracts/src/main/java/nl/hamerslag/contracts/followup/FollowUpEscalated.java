package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Geëscaleerd: the item is overdue beyond the grace period; escalated to the portfolio holder.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 * @param portfolioHolder to whom it is escalated
 */
public record FollowUpEscalated(String itemId, ProposalId proposalId, LocalDate deadline, String portfolioHolder) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
