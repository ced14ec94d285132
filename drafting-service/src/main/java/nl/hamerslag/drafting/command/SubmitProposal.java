package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Doorsturen: send the proposal into the sign-off route; only its author may. */
public record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, Caller caller) implements CallerCommand {
}
