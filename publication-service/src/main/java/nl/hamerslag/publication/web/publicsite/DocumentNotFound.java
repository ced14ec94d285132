package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

/** No public publication names a document with this hash (any more); the bytes, if stored, are not served. */
class DocumentNotFound extends RuleViolation {

    DocumentNotFound() {
        super(Kind.NOT_FOUND, "There is no public document with this SHA-256; the documents of a publication are "
                + "listed with it at /api/public/publications/{id}.");
    }
}
