package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The motie is held (aangehouden): not voted in this meeting, kept for a later one. */
public record HoldMotion(@TargetAggregateIdentifier String meetingId, String motionId, Caller caller)
        implements CallerCommand {
}
