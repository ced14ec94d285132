package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a meeting that has not opened; its proposals go back to the ready list. */
public record CancelMeeting(@TargetAggregateIdentifier String meetingId, String reason, Caller caller)
        implements CallerCommand {
}
