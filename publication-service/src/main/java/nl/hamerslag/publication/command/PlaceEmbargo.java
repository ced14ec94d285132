package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The final editor holds the candidate until a moment in the future, when it goes public, and not earlier. */
public record PlaceEmbargo(@TargetAggregateIdentifier String publicationId, Instant until, Caller caller) implements CallerCommand {
}
