package nl.hamerslag.contracts.followup;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Opvolgpunt geopend: something must be done and followed up until it is settled. Its source is the
 * meeting and exactly one of decision (with the index of the follow-up action in it), commitment or
 * motion; a council question has no meeting (see {@link QuestionRegistered}).
 *
 * @param itemId          the item's id (a UUID)
 * @param proposalId      the proposal it is about; null when it is about none (a question, a motion on no agenda item)
 * @param portfolioHolder who answers for it in the college; null when not known
 * @param department      the department that does the work; null when not known (a commitment, a motion)
 * @param deadline        the last day on which it is in time
 */
public record FollowUpItemOpened(String itemId, FollowUpKind kind, String meetingId, String decisionId,
                                 String commitmentId, String motionId, ProposalId proposalId, String text,
                                 String portfolioHolder, String department, LocalDate deadline)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? itemId : proposalId.toString();
    }
}
