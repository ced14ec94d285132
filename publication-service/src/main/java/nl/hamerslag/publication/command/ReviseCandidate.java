package nl.hamerslag.publication.command;

import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The source changed (an agenda after it was published): a candidate takes the new content; a publication is corrected with it. */
public record ReviseCandidate(@TargetAggregateIdentifier String publicationId, CandidateContent content, String reason, Caller caller) implements CallerCommand {
}
