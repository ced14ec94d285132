package nl.hamerslag.followup.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** Webhooks are registered and kept by the griffie (CLERK) and administrators (ADMIN). */
class WebhookRolesOnly extends RuleViolation {

    WebhookRolesOnly() {
        super(Kind.FORBIDDEN, "Webhooks are registered and kept by the griffie (CLERK) and administrators (ADMIN); "
                + "ask one of them, or follow the changes at GET /api/followup/stream.");
    }
}
