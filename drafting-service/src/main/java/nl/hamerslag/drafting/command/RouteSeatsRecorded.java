package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;

import java.util.List;

/** The seats of route {@code routeId}: whoever holds one may see the proposal from now on. */
public record RouteSeatsRecorded(ProposalId proposalId, String routeId, List<RouteSeat> seats) {

    public RouteSeatsRecorded {
        seats = List.copyOf(seats);
    }
}
