package nl.hamerslag.drafting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A text field or list is longer than a proposal may hold (ADR 0026); the message names the field and the limit. */
public class FieldTooLong extends RuleViolation {
    public FieldTooLong(String message) {
        super(Kind.INVALID, message);
    }
}
