package nl.hamerslag.publication.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** The queue is the final editor's work list; an administrator may read it too. */
class NotAReaderOfTheQueue extends RuleViolation {
    NotAReaderOfTheQueue() {
        super(Kind.FORBIDDEN, "The publication queue is for the final editor (FINAL_EDITOR) and administrators (ADMIN).");
    }
}
