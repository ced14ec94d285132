package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make the agenda known; from now on every change is published as a change. */
public record PublishAgenda(@TargetAggregateIdentifier String meetingId, Caller caller) implements CallerCommand {
}
