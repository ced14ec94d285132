package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoint a member to a body: a function, a party group (fractie) for a seat in the council or a committee, a login. */
public record AppointMember(@TargetAggregateIdentifier String bodyId, Member member, Caller caller)
        implements CallerCommand {
}
