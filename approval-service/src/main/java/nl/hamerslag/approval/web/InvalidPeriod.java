package nl.hamerslag.approval.web;

import nl.hamerslag.platform.problem.RuleViolation;

import java.time.LocalDate;

/** A period ends on or after the day it starts, within the years a calendar date is written in (1-9999). */
class InvalidPeriod extends RuleViolation {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    InvalidPeriod(LocalDate from, LocalDate to) {
        super(Kind.INVALID, "from (" + from + ") must not be after to (" + to + ").");
    }

    private InvalidPeriod(String parameter, LocalDate day) {
        super(Kind.INVALID, parameter + " (" + day + ") must be a date between " + FIRST + " and " + LAST
                + ", e.g. 2026-03-01.");
    }

    /** A day far outside the calendar would overflow the period's arithmetic: refused as a bad request. */
    static LocalDate requireInRange(String parameter, LocalDate day) {
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new InvalidPeriod(parameter, day);
        }
        return day;
    }
}
