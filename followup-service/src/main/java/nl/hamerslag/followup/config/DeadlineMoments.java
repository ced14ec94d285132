package nl.hamerslag.followup.config;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When the deadline watch acts on a deadline (a day in the municipality's zone): the reminder a
 * configured time before the deadline day begins; overdue when the deadline day is over; the
 * escalation a grace period after that.
 */
@Component
public class DeadlineMoments {

    /** The steps of a deadline, in the order they come. */
    public enum Step { REMINDER, OVERDUE, ESCALATION }

    private final FollowUpProperties properties;

    DeadlineMoments(FollowUpProperties properties) {
        this.properties = properties;
    }

    public Instant of(Step step, LocalDate deadline) {
        ZonedDateTime overdue = deadline.plusDays(1).atStartOfDay(properties.zone());
        return switch (step) {
            case REMINDER -> deadline.atStartOfDay(properties.zone()).minus(properties.reminderBefore()).toInstant();
            case OVERDUE -> overdue.toInstant();
            case ESCALATION -> overdue.plus(properties.escalationGrace()).toInstant();
        };
    }

    /** The day an item is first in a given zone's "today", for due-this-month and overdue filters. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
