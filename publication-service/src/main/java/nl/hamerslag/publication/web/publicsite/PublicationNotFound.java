package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

/**
 * No public publication with this id. The same answer whether the id never existed, was never
 * published openbaar, or waits for the final editor: a guessed id learns nothing.
 */
class PublicationNotFound extends RuleViolation {

    static final String DETAIL = "There is no public publication with this id; search /api/public/publications "
            + "for what is published.";

    PublicationNotFound() {
        super(Kind.NOT_FOUND, DETAIL);
    }
}
