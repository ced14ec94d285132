package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Herzien: replace the fields with {@code content}. {@code expectedRevision} is the revision the
 * author read (the ETag); null when the author did not send one.
 */
public record ReviseProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content,
                             Long expectedRevision, Caller caller) implements CallerCommand {
}
