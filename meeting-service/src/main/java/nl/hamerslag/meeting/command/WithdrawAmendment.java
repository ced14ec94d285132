package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The submitters withdraw their amendement (ingetrokken); the recorder takes it down. */
public record WithdrawAmendment(@TargetAggregateIdentifier String meetingId, String amendmentId, Caller caller)
        implements CallerCommand {
}
