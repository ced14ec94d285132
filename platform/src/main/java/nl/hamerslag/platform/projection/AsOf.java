package nl.hamerslag.platform.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code asOf} query parameter: an ISO-8601 instant ({@code 2026-03-01T12:00:00Z}, an offset
 * instead of Z is fine) no later than now by the service's clock. Anything else is a 400 that says what to send.
 */
public class AsOf {

    /** The query parameter's name, the same on every resource. */
    public static final String PARAMETER = "asOf";

    /** Its OpenAPI description, the same on every resource. */
    public static final String DESCRIPTION = "De stand op dit moment (ISO-8601, bijv. 2026-03-01T12:00:00Z), "
            + "opnieuw opgebouwd uit de gebeurtenissen tot en met dat moment. Niet in de toekomst. Zonder: de actuele stand.";

    private static final String EXAMPLE = "2026-03-01T12:00:00Z";

    private final Clock clock;

    public AsOf(Clock clock) {
        this.clock = clock;
    }

    /** Empty when the parameter was not sent: the current state is asked for. */
    public Optional<Instant> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = java.time.OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            throw new AsOfInvalid("asOf must be an ISO-8601 instant with a time zone, e.g. asOf=" + EXAMPLE
                    + " (an offset like +01:00 instead of Z is fine); '" + shortened(raw) + "' is not one.");
        }
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw new AsOfInvalid("asOf " + at + " lies in the future (it is now " + now + "); send a moment up to now, "
                    + "or leave asOf out for the current state.");
        }
        return Optional.of(at);
    }

    private static String shortened(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
