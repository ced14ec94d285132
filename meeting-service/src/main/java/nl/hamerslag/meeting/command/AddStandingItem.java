package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Add an item that is not a proposal: opening, announcements, the previous decision list, incoming
 * documents, closing.
 *
 * @param title             null for the kind's usual title
 * @param previousMeetingId the meeting whose decision list is adopted, for PREVIOUS_DECISION_LIST only
 */
public record AddStandingItem(@TargetAggregateIdentifier String meetingId, String agendaItemId, AgendaItemKind kind,
                              String title, String previousMeetingId, String reason, Instant at, Caller caller)
        implements CallerCommand {
}
