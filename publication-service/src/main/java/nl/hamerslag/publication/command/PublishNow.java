package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The final editor publishes the candidate now, as it is (only what is openbaar). */
public record PublishNow(@TargetAggregateIdentifier String publicationId, Caller caller) implements CallerCommand {
}
