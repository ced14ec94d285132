package nl.hamerslag.drafting.web;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.UUID;

/** No proposal with that id, or none the caller may know of. */
class ProposalNotFound extends RuleViolation {

    ProposalNotFound(UUID id) {
        super(Kind.NOT_FOUND, "There is no proposal " + id + ".");
    }
}
