package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept the proposed settlement: the item is settled (afgedaan). */
public record AcceptSettlement(@TargetAggregateIdentifier String itemId, Caller caller) implements CallerCommand {
}
