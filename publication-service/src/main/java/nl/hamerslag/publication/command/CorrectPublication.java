package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The final editor replaces a publication's title and text by a new version; the old one stays in the history. */
public record CorrectPublication(@TargetAggregateIdentifier String publicationId, String title, String text, String reason, Caller caller) implements CallerCommand {
}
