package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Herinnering: the deadline is near and the item is not settled.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 */
public record FollowUpReminderSent(String itemId, ProposalId proposalId, LocalDate deadline, String portfolioHolder, String department) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
