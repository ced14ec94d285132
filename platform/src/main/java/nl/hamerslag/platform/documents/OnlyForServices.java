package nl.hamerslag.platform.documents;

import nl.hamerslag.platform.problem.RuleViolation;

/** Documents by hash are for other services, with their own token; people reach a document through what it belongs to. */
class OnlyForServices extends RuleViolation {

    OnlyForServices() {
        super(Kind.FORBIDDEN, "Only a Hamerslag service may fetch a document by its hash, with its own token. "
                + "Download the document through what it belongs to (a proposal, a meeting, a follow-up item).");
    }
}
