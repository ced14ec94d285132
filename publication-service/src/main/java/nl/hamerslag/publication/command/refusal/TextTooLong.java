package nl.hamerslag.publication.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Every text has a bound, so that every event fits a Kafka record (ADR 26). */
public class TextTooLong extends RuleViolation {
    public TextTooLong(String field, int length, int max) {
        super(Kind.INVALID, field + ": " + length + " characters; at most " + max + ".");
    }
}
