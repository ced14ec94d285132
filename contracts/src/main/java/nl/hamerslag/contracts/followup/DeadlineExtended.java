package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Termijn verlengd: the deadline moved, with the reason why. Reminder, overdue and escalation
 * start over from the new deadline.
 *
 * @param proposalId the proposal the item is about; null when it is about none
 */
public record DeadlineExtended(String itemId, ProposalId proposalId, LocalDate from, LocalDate to, String reason) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
