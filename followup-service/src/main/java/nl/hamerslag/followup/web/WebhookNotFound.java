package nl.hamerslag.followup.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No webhook with that id among the caller's own. */
class WebhookNotFound extends RuleViolation {

    WebhookNotFound(Object id) {
        super(Kind.NOT_FOUND, "There is no webhook or delivery " + id + " of yours; GET /api/followup/webhooks lists "
                + "your webhooks.");
    }
}
