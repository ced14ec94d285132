package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The submitters withdraw their motie (ingetrokken); the recorder takes it down. */
public record WithdrawMotion(@TargetAggregateIdentifier String meetingId, String motionId, Caller caller)
        implements CallerCommand {
}
