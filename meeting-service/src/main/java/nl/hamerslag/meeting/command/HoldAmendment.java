package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The amendement is held (aangehouden): not voted in this meeting, kept for a later one. */
public record HoldAmendment(@TargetAggregateIdentifier String meetingId, String amendmentId, Caller caller)
        implements CallerCommand {
}
