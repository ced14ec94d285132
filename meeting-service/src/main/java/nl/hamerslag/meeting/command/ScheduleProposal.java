package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Agenderen: put a proposal that is ready for the meeting's body on its agenda.
 *
 * @param itemType hamerstuk or bespreekstuk; null for bespreekstuk
 * @param reason   why, when the agenda is already published; may be null
 */
public record ScheduleProposal(@TargetAggregateIdentifier String meetingId, String agendaItemId, ProposalId proposalId,
                               AgendaItemType itemType, String reason, Instant at, Caller caller)
        implements CallerCommand {
}
