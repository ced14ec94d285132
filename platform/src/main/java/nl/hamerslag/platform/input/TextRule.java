package nl.hamerslag.platform.input;

/**
 * The one rule for text a client sends, whatever the field: no control characters except tab,
 * line feed and carriage return (a CRLF counts as a newline), and no half of a surrogate pair.
 * Such characters are never meant by a person, PostgreSQL refuses NUL outright (a 500 before this
 * rule), and the others corrupt logs, exports and the published documents (ADR 0022).
 */
public final class TextRule {

    private TextRule() {
    }

    /** Refuses {@code value} with a 400 that names {@code field}; null passes. */
    public static void check(String field, String value) {
        String problem = problem(value);
        if (problem != null) {
            throw new UnacceptableText(field, problem);
        }
    }

    /** What is wrong with {@code value}, or null when it may be stored. */
    public static String problem(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return String.format("contains the control character U+%04X at position %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains half of a surrogate pair (U+%04X) at position %d, which is no character",
                        (int) c, i + 1);
            }
        }
        return null;
    }
}
