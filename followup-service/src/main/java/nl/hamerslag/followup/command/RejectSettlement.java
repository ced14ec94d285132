package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Do not accept the proposed settlement: the item goes back in progress, with the reason. */
public record RejectSettlement(@TargetAggregateIdentifier String itemId, String reason, Caller caller) implements CallerCommand {
}
