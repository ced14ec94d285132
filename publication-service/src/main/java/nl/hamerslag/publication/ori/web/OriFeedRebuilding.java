package nl.hamerslag.publication.ori.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A second rebuild while one runs: it would only wait for the first, and rebuild what the first just made. */
class OriFeedRebuilding extends RuleViolation {

    OriFeedRebuilding() {
        super(Kind.CONFLICT, "the ORI feed is being rebuilt right now; nothing was started. Ask again when it is done "
                + "(GET /api/public/ori/v1/ shows the epoch; it goes up by one when the rebuild is done).");
    }
}
