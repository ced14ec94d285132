package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The proposal became an agenda item of a meeting. */
public record MarkScheduled(@TargetAggregateIdentifier ProposalId proposalId, String meetingId, DecidingBody body,
                            LocalDate meetingDate, String agendaItemId, AgendaItemType itemType, ContentHash version) {
}
