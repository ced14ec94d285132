package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.identity.CallerCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Terugtrekken, by the author acting as author or by a manager of the proposal's department acting as manager. */
public record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, Caller caller)
        implements CallerCommand {
}
