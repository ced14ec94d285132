package nl.hamerslag.approval.command;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Goede Vrijdag, Eerste en Tweede paasdag 2026. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(AMSTERDAM,
            Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6)));

    @Test
    void aWeekdayIsAWorkingDayAndAWeekendDayIsNot() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    void aPublicHolidayIsNoWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
    }

    @Test
    void oneWorkingDayAfterFridayIsMondayAtTheSameTime() {
        assertThat(CALENDAR.plusWorkingDays(at(2026, 3, 6, 10), 1)).isEqualTo(at(2026, 3, 9, 10));
    }

    @Test
    void aTermStartingInTheWeekendCountsFromMonday() {
        assertThat(CALENDAR.plusWorkingDays(at(2026, 3, 7, 14), 1)).isEqualTo(at(2026, 3, 9, 14));
    }

    @Test
    void easterDoesNotCount() {
        // Thursday 2 April + 1 working day: Good Friday and Easter Monday are holidays, so Tuesday 7 April
        assertThat(CALENDAR.plusWorkingDays(at(2026, 4, 2, 9), 1)).isEqualTo(at(2026, 4, 7, 9));
    }

    @Test
    void fiveWorkingDaysAreAWeekWithoutHolidays() {
        assertThat(CALENDAR.plusWorkingDays(at(2026, 3, 4, 16), 5)).isEqualTo(at(2026, 3, 11, 16));
    }

    @Test
    void theTimeOfDayIsKeptAcrossTheChangeToSummerTime() {
        // summer time starts Sunday 29 March 2026: still 10:00 on the wall clock, one hour less in UTC
        Instant friday = at(2026, 3, 27, 10);
        Instant monday = CALENDAR.plusWorkingDays(friday, 1);
        assertThat(monday).isEqualTo(at(2026, 3, 30, 10));
        assertThat(java.time.Duration.between(friday, monday).toHours()).isEqualTo(71);
    }

    @Test
    void zeroWorkingDaysIsTheMomentItself() {
        assertThat(CALENDAR.plusWorkingDays(at(2026, 3, 7, 10), 0)).isEqualTo(at(2026, 3, 7, 10));
    }

    @Test
    void aTermCountsForward() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(at(2026, 3, 6, 10), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, AMSTERDAM).toInstant();
    }
}
