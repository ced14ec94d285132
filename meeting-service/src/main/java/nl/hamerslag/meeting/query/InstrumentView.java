package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.meeting.command.InstrumentState;

import java.time.Instant;
import java.util.List;

/**
 * An amendment or a motion: what it says, who submitted and co-signed it, and where it is.
 *
 * @param voteId the vote that decided it, when a vote did
 */
public record InstrumentView(String id, String meetingId, String agendaItemId, ProposalId proposalId, String title,
                             String text, List<String> submitters, List<String> coSigners, InstrumentState state,
                             String voteId, Instant submittedAt, Instant decidedAt) {
}
