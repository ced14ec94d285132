package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A redacted version says what it withholds. */
public class RedactionsRequired extends RuleViolation {
    public RedactionsRequired() {
        super(Kind.INVALID, "redactions: a redacted version lists at least one redaction, each with its Woo ground.");
    }
}
