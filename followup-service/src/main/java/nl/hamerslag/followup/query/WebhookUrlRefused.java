package nl.hamerslag.followup.query;

import nl.hamerslag.platform.problem.RuleViolation;

/** A webhook URL that is not http(s), or points at this service. */
public class WebhookUrlRefused extends RuleViolation {

    WebhookUrlRefused(String url, String why) {
        super(Kind.INVALID, "The webhook URL '" + (url.length() > 100 ? url.substring(0, 100) + "..." : url)
                + "' cannot be used: " + why + ". Give the http(s) URL of the system that receives the deliveries.");
    }
}
