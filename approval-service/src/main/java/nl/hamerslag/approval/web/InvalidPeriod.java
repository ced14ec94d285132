package nl.hamerslag.approval.web;

import nl.hamerslag.platform.problem.RuleViolation;

import java.time.LocalDate;

/** A period ends on or after the day it starts. */
class InvalidPeriod extends RuleViolation {

    InvalidPeriod(LocalDate from, LocalDate to) {
        super(Kind.INVALID, "from (" + from + ") must not be after to (" + to + ").");
    }
}
