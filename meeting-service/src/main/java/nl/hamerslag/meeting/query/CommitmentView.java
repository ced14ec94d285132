package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.ProposalId;

import java.time.Instant;
import java.time.LocalDate;

/** A commitment (toezegging): what was promised, by whom, to whom, by when. */
public record CommitmentView(String commitmentId, String meetingId, String agendaItemId, ProposalId proposalId,
                             String text, String madeBy, String portfolioHolder, String madeTo, LocalDate deadline,
                             Instant madeAt) {
}
