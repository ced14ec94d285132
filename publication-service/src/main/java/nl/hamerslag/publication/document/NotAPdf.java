package nl.hamerslag.publication.document;

import nl.hamerslag.platform.problem.RuleViolation;

/** A redacted version is a PDF: what it withholds is blacked out in it, and its metadata is stripped. */
public class NotAPdf extends RuleViolation {
    public NotAPdf(String field, String why) {
        super(Kind.UNSUPPORTED_MEDIA_TYPE, field + ": " + why + "; upload the redacted version as a PDF.");
    }
}
