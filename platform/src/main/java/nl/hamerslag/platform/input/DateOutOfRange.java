package nl.hamerslag.platform.input;

import nl.hamerslag.platform.problem.RuleViolation;

/** A date outside {@link DateBounds}. */
public class DateOutOfRange extends RuleViolation {

    public DateOutOfRange(String field, Object value) {
        super(Kind.INVALID, (field == null ? "" : field + ": ") + value + " is out of range; use a date between "
                + DateBounds.EARLIEST + " and " + DateBounds.LATEST + ".");
    }
}
