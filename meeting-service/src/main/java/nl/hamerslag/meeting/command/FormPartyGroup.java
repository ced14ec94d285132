package nl.hamerslag.meeting.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Form a party group (fractie) in the council or a committee. */
public record FormPartyGroup(@TargetAggregateIdentifier String bodyId, String name, Caller caller)
        implements CallerCommand {
}
