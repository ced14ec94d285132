package nl.hamerslag.platform.observability;

/**
 * The MDC keys every log line carries besides Micrometer Tracing's {@code traceId} and {@code spanId}:
 * in the JSON logs they are fields of their own, locally they stand in brackets after the level.
 */
public final class LogFields {

    /** The correlation id of the request or of the incoming event (metadata {@code correlationId}). */
    public static final String CORRELATION_ID = "correlationId";
    /** The subject of the caller's token, or {@code system:<service>} while a service acts on an event. */
    public static final String ACTOR = "actor";

    private LogFields() {
    }
}
