package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a member's membership of a body; {@code reason} is optional (e.g. "ontslag", "benoemd tot wethouder"). */
public record EndMembership(@TargetAggregateIdentifier String bodyId, String memberId, String reason, Caller caller)
        implements CallerCommand {
}
