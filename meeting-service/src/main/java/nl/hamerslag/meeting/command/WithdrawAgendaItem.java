package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an item off the agenda before it is decided; a proposal goes back to the ready list. */
public record WithdrawAgendaItem(@TargetAggregateIdentifier String meetingId, String agendaItemId, String reason,
                                 Caller caller) implements CallerCommand {
}
