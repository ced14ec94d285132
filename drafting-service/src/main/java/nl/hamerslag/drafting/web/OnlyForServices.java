package nl.hamerslag.drafting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** Documents by hash are for other services (with their own token); people reach them through their proposal. */
class OnlyForServices extends RuleViolation {

    OnlyForServices() {
        super(Kind.FORBIDDEN, "Only a Hamerslag service may fetch a document by its hash. Download an attachment "
                + "through its proposal: GET /api/proposals/{id}/attachments/{attachmentId}.");
    }
}
