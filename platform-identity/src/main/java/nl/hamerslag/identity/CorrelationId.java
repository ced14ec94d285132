package nl.hamerslag.identity;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together everything one request caused. A caller may choose it (to find its
 * request in our logs), but it ends up in log lines, event metadata and response headers, so only
 * a short plain identifier is taken over: 1 to {@value #MAX_LENGTH} of {@code A-Z a-z 0-9 . _ : -}.
 * Anything else (too long, spaces, control characters, other scripts) is replaced, not refused:
 * a bad correlation id is no reason to fail the request.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final int MAX_LENGTH = 64;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private CorrelationId() {
    }

    /** The caller's id when it is plain and short enough, else a new random one. */
    public static String acceptOrMake(String given) {
        return isPlain(given) ? given : UUID.randomUUID().toString();
    }

    public static boolean isPlain(String given) {
        return given != null && PLAIN.matcher(given).matches();
    }
}
