package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mark an item hamerstuk or bespreekstuk, and/or confidential (besloten); a null field stays as it is.
 */
public record MarkAgendaItem(@TargetAggregateIdentifier String meetingId, String agendaItemId, AgendaItemType itemType,
                             Boolean confidential, String reason, Caller caller) implements CallerCommand {
}
