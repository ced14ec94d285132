package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.hamerslag.contracts.publication.PublicDocument;

import java.util.List;

/** The final editor publishes a redacted version (gelakt) instead of the original, which stays internal; each redaction names its Woo ground. */
public record PublishRedacted(@TargetAggregateIdentifier String publicationId, List<PublicDocument> documents, List<Redaction> redactions, Caller caller) implements CallerCommand {
}
