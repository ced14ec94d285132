package nl.hamerslag.followup.query;

import nl.hamerslag.platform.problem.RuleViolation;

/** As many streams are open as {@code hamerslag.followup.stream.max-open} allows. */
public class StreamsExhausted extends RuleViolation {

    StreamsExhausted() {
        super(Kind.CONFLICT, "Too many follow-up streams are open at the moment; retry in a minute, or register a "
                + "webhook (POST /api/followup/webhooks) instead of keeping a stream open.");
    }
}
