package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The final editor withdraws a publication from every public channel, with the reason. */
public record WithdrawPublication(@TargetAggregateIdentifier String publicationId, String reason, Caller caller) implements CallerCommand {
}
