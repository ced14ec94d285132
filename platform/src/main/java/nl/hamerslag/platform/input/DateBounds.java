package nl.hamerslag.platform.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Every date a client sends lies in the years 1900 to 9999. Java parses dates up to the year
 * 999 999 999, and such a date overflows the arithmetic or the database column behind it (a 500);
 * no decision is dated before 1900 or after 9999, and four-digit years fit every store and client.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private DateBounds() {
    }

    /** Returns {@code value} when it is in range (or has no date part); refuses it with a 400 otherwise. */
    public static <T> T check(String field, T value) {
        if (!inRange(value)) {
            throw new DateOutOfRange(field, value);
        }
        return value;
    }

    static boolean inRange(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(END_INSTANT);
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            int year = temporal.get(ChronoField.YEAR);
            return year >= EARLIEST.getYear() && year <= LATEST.getYear();
        }
        return true;
    }

    /** Whether values of {@code type} carry a date that {@link #check} bounds. */
    static boolean bounds(Class<?> type) {
        return Instant.class.isAssignableFrom(type) || (TemporalAccessor.class.isAssignableFrom(type)
                && type.getPackageName().equals("java.time") && !type.getSimpleName().matches("LocalTime|OffsetTime|"
                + "Duration|Period|ZoneOffset|ZoneId|ZoneRegion|DayOfWeek|Month|MonthDay"));
    }
}
