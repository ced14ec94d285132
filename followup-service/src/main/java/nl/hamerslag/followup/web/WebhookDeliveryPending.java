package nl.hamerslag.followup.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A delivery that is still being tried cannot be re-sent. */
class WebhookDeliveryPending extends RuleViolation {

    WebhookDeliveryPending() {
        super(Kind.CONFLICT, "This delivery is still pending: it is retried by itself (see nextAttemptAt). Re-send "
                + "it once it is DEAD or DELIVERED.");
    }
}
