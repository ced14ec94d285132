package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Adopt (vaststellen) the previous meeting's decision list named by the agenda item. */
public record AdoptDecisionList(@TargetAggregateIdentifier String meetingId, String agendaItemId, Instant at,
                                Caller caller) implements CallerCommand {
}
