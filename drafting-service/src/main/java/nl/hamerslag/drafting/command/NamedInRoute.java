package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ProposalId;

/** {@code subject} is named in route {@code routeId} and may see the proposal from now on, whatever roles they hold. */
public record NamedInRoute(ProposalId proposalId, String routeId, String subject) {
}
