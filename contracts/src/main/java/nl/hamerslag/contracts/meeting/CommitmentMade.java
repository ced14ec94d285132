package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/**
 * Toezegging: a promise a member of the college made in a meeting, to whom, by when.
 *
 * @param proposalId the proposal it was made on; null for a commitment outside an agenda item
 */
public record CommitmentMade(String meetingId, String commitmentId, ProposalId proposalId, String agendaItemId,
                             String text, String madeBy, String portfolioHolder, String madeTo, LocalDate deadline)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return proposalId == null ? meetingId : proposalId.toString();
    }
}
