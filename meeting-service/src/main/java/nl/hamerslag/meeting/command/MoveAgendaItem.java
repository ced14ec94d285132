package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move an item to a place on the agenda (1 is first). */
public record MoveAgendaItem(@TargetAggregateIdentifier String meetingId, String agendaItemId, int position,
                             String reason, Caller caller) implements CallerCommand {
}
