package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The final editor refuses to publish the candidate, on a Woo ground (art. 5.1 or 5.2). */
public record RefusePublication(@TargetAggregateIdentifier String publicationId, String ground, String explanation, Caller caller) implements CallerCommand {
}
