package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The sign-off route of {@code version} ended in a refusal. */
public record MarkReturned(@TargetAggregateIdentifier ProposalId proposalId, String routeId, ContentHash version,
                           List<Remark> remarks) {
}
