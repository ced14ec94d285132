package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The moment of a scheduled or embargoed publication has come (sent by the publication watch). */
public record PublishDue(@TargetAggregateIdentifier String publicationId, Instant moment, Caller caller) implements CallerCommand {
}
