package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start working on the item (in behandeling nemen). */
public record StartItem(@TargetAggregateIdentifier String itemId, Caller caller) implements CallerCommand {
}
