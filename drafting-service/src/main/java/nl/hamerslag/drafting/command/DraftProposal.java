package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opstellen: start a new proposal; the caller, acting as author, is its author. */
public record DraftProposal(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content, Caller caller)
        implements CallerCommand {
}
