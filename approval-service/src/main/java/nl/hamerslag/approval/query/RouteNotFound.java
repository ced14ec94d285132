package nl.hamerslag.approval.query;

import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.platform.problem.RuleViolation;

/** No route was opened for the proposal (yet: it appears shortly after the proposal is submitted). */
public class RouteNotFound extends RuleViolation {

    public RouteNotFound(ProposalId proposalId) {
        super(Kind.NOT_FOUND, "No sign-off route for proposal " + proposalId
                + "; a route opens shortly after the proposal is submitted.");
    }
}
