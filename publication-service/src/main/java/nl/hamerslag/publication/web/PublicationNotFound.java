package nl.hamerslag.publication.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No publication with that id, or none the caller may know of (docs/decisions/0017). */
class PublicationNotFound extends RuleViolation {
    PublicationNotFound(String publicationId) {
        super(Kind.NOT_FOUND, "There is no publication " + publicationId + ".");
    }
}
