package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The chair opens the meeting. */
public record OpenMeeting(@TargetAggregateIdentifier String meetingId, Instant at, Caller caller)
        implements CallerCommand {
}
