package nl.hamerslag.approval.command;

import nl.hamerslag.contracts.Role;

import java.time.Duration;
import java.time.Instant;

/**
 * Termijnen: when a step that became due must be signed (the reminder goes out then), and when an
 * unsigned step escalates. Terms count working days; demos and tests may set fixed durations instead.
 *
 * @param workingDays      the default term of a step, in working days from the moment it became due
 * @param graceWorkingDays working days after the deadline before the step escalates
 * @param escalateTo       the role an overdue step escalates to
 * @param dueAfter         when set, replaces the working-day term (demos and tests)
 * @param graceAfter       when set, replaces the working-day grace period (demos and tests)
 */
public record DeadlinePolicy(WorkingDayCalendar calendar, int workingDays, int graceWorkingDays, Role escalateTo,
                             Duration dueAfter, Duration graceAfter) {

    /** The deadline of a step that became due at {@code since}; {@code stepWorkingDays} overrides the default term. */
    public Instant dueAt(Instant since, Integer stepWorkingDays) {
        if (dueAfter != null) {
            return since.plus(dueAfter);
        }
        return calendar.plusWorkingDays(since, stepWorkingDays == null ? workingDays : stepWorkingDays);
    }

    /** When a step with deadline {@code dueAt} that is still unsigned escalates. */
    public Instant escalateAt(Instant dueAt) {
        if (graceAfter != null) {
            return dueAt.plus(graceAfter);
        }
        return calendar.plusWorkingDays(dueAt, graceWorkingDays);
    }
}
