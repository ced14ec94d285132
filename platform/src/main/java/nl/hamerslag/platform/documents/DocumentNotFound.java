package nl.hamerslag.platform.documents;

import nl.hamerslag.platform.problem.RuleViolation;

/** This service owns no document with that SHA-256 (a copy of another service's document does not count). */
class DocumentNotFound extends RuleViolation {

    DocumentNotFound(String sha256) {
        super(Kind.NOT_FOUND, "There is no document with SHA-256 " + sha256 + " here.");
    }
}
