package nl.hamerslag.platform.observability;

import nl.hamerslag.platform.MetadataKeys;

/**
 * The W3C Trace Context fields (https://www.w3.org/TR/trace-context/), under the same names as Axon
 * metadata keys of commands and stored events and as Kafka record headers, so that one trace follows a
 * request through the command, the stored event, the Kafka record and the consuming service.
 */
public final class TraceParent {

    public static final String TRACEPARENT = MetadataKeys.TRACEPARENT;
    public static final String TRACESTATE = MetadataKeys.TRACESTATE;

    private TraceParent() {
    }

    /** The trace id inside a {@code traceparent} value ({@code 00-<trace id>-<parent id>-<flags>}), or null. */
    public static String traceId(Object traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.toString().split("-");
        return parts.length == 4 ? parts[1] : null;
    }
}
