package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

/** A document is addressed by its SHA-256: 64 hexadecimal characters. */
class NotASha256 extends RuleViolation {

    NotASha256() {
        super(Kind.INVALID, "sha256: use the 64 hexadecimal characters of the document's SHA-256, as the publication "
                + "lists it.");
    }
}
