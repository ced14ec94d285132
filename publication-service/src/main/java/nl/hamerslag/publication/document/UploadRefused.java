package nl.hamerslag.publication.document;

import nl.hamerslag.platform.problem.RuleViolation;

/** An upload that cannot be a redacted version for another reason than its type (empty, too large, a bad name). */
public class UploadRefused extends RuleViolation {
    public UploadRefused(Kind kind, String message) {
        super(kind, message);
    }
}
