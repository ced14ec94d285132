package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

import java.time.LocalDate;

/** Geagendeerd: an approved proposal became an agenda item of a meeting of {@code body}. */
public record ProposalScheduled(ProposalId proposalId, String meetingId, DecidingBody body, LocalDate meetingDate,
                                String agendaItemId, AgendaItemType itemType, ContentHash version)
        implements IntegrationEvent {
}
