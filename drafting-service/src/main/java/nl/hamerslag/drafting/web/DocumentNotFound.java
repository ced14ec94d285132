package nl.hamerslag.drafting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No content with that SHA-256 is stored here. */
class DocumentNotFound extends RuleViolation {

    DocumentNotFound(String sha256) {
        super(Kind.NOT_FOUND, "There is no document with SHA-256 " + sha256 + " here.");
    }
}
