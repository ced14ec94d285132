package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No proposal with that id, or none the caller may know of (docs/decisions/0017). */
class ProposalNotFound extends RuleViolation {
    ProposalNotFound(Object proposalId) {
        super(Kind.NOT_FOUND, "There is no proposal " + proposalId + ".");
    }
}
