package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the drafting context. */
public final class DraftingCommands {

    /** Opstellen: start a new proposal. */
    public record DraftProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content, Actor author) {
    }

    /** Doorsturen: send the proposal into the sign-off route; only its author may. */
    public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, Actor submitter) {
    }

    /** The sign-off route of {@code version} completed. */
    public record MarkApproved(@TargetAggregateIdentifier ProposalId proposalId, String routeId, ContentHash version) {
    }

    private DraftingCommands() {
    }
}
