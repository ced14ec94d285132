package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The final editor has the candidate go public at a moment in the future; it may still be published earlier. */
public record SchedulePublication(@TargetAggregateIdentifier String publicationId, Instant at, Caller caller) implements CallerCommand {
}
