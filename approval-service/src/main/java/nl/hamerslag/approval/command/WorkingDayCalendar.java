package nl.hamerslag.approval.command;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Werkdagen: every day except Saturday, Sunday and the configured public holidays, in the
 * municipality's time zone. A term of n working days from a moment ends n working days later at
 * the same time of day: due on Friday 10:00 with a term of 1 is due on Monday 10:00.
 */
public class WorkingDayCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(ZoneId zone, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The moment {@code workingDays} working days after {@code from}; 0 is {@code from} itself. */
    public Instant plusWorkingDays(Instant from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a term counts forward: " + workingDays + " working days");
        }
        ZonedDateTime moment = from.atZone(zone);
        LocalDate date = moment.toLocalDate();
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return moment.with(date).toInstant();
    }
}
