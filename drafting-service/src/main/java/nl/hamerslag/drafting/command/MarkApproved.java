package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sign-off route of {@code version} completed. */
public record MarkApproved(@TargetAggregateIdentifier ProposalId proposalId, String routeId, ContentHash version) {
}
