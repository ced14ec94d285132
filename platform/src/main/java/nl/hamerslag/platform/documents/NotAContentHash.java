package nl.hamerslag.platform.documents;

import nl.hamerslag.platform.problem.RuleViolation;

/** A document is named by its SHA-256 in lower-case hex, and by nothing else. */
class NotAContentHash extends RuleViolation {

    NotAContentHash() {
        super(Kind.INVALID, "A document is named by its SHA-256: 64 lower-case hexadecimal characters.");
    }
}
