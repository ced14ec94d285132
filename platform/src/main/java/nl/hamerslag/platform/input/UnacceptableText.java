package nl.hamerslag.platform.input;

import nl.hamerslag.platform.problem.RuleViolation;

/** A text input broke the {@link TextRule}; the message names the field and what to remove. */
public class UnacceptableText extends RuleViolation {

    private final String field;

    public UnacceptableText(String field, String problem) {
        super(Kind.INVALID, field + " " + problem + "; remove it. Text may contain tab and newline, "
                + "but no other control characters.");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
