package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A source event made something that may be published: a candidate, published at once when its rule says AUTOMATIC and it is openbaar. */
public record RegisterCandidate(@TargetAggregateIdentifier String publicationId, CandidateContent content, PublicationMode mode, Caller caller) implements CallerCommand {
}
