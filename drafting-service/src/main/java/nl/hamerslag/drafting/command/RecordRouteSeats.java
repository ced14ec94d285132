package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A sign-off route was opened for the proposal: its seats join the proposal's audience. */
public record RecordRouteSeats(@TargetAggregateIdentifier ProposalId proposalId, String routeId, List<RouteSeat> seats) {
}
