package nl.hamerslag.followup.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose to settle the item with a stored letter or answer. */
public record ProposeSettlement(@TargetAggregateIdentifier String itemId, SettlementDocument document, Caller caller) implements CallerCommand {
}
