package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A text or list is longer than a meeting may hold, so that every event fits a Kafka record; names the field and limit. */
public class TextTooLong extends RuleViolation {
    public TextTooLong(String field, int length, int max) {
        super(Kind.INVALID, field + ": " + length + " characters or entries; at most " + max + ".");
    }
}
