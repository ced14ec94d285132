package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Close the meeting; its decision list is drawn up. */
public record CloseMeeting(@TargetAggregateIdentifier String meetingId, Instant at, Caller caller)
        implements CallerCommand {
}
