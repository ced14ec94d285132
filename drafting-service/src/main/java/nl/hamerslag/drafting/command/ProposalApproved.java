package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;

/** Every signature of the route was given for {@code version}: the proposal is ready for a decision. */
public record ProposalApproved(ProposalId proposalId, String routeId, ContentHash version) {
}
