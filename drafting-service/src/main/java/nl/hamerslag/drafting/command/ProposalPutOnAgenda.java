package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.AgendaItemType;

import java.time.LocalDate;

/** Geagendeerd: the proposal at {@code version} is an agenda item of a meeting of {@code body}. */
public record ProposalPutOnAgenda(ProposalId proposalId, String meetingId, DecidingBody body, LocalDate meetingDate,
                                  String agendaItemId, AgendaItemType itemType, ContentHash version) {
}
