package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person was named in the proposal's route (a step delegated to them, or their signature). */
public record NameInRoute(@TargetAggregateIdentifier ProposalId proposalId, String routeId, String subject) {
}
