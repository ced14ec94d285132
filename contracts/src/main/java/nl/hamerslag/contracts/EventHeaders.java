package nl.hamerslag.contracts;

/**
 * Names of the headers on every Kafka record the relay sends. The record value is the event's
 * JSON; the headers say what it is, where it came from and why it happened.
 */
public final class EventHeaders {

    /** The event's unique id; consumers deduplicate on it. */
    public static final String EVENT_ID = "hamerslag-event-id";
    /** The event record's simple class name, e.g. {@code ProposalSubmitted}. */
    public static final String EVENT_TYPE = "hamerslag-event-type";
    public static final String SCHEMA_VERSION = "hamerslag-schema-version";
    public static final String AGGREGATE_ID = "hamerslag-aggregate-id";
    public static final String AGGREGATE_SEQUENCE = "hamerslag-aggregate-sequence";
    /** ISO-8601 instant at which the event was stored. */
    public static final String OCCURRED_AT = "hamerslag-occurred-at";
    public static final String ACTOR_SUBJECT = "hamerslag-actor-subject";
    public static final String ACTOR_NAME = "hamerslag-actor-name";
    public static final String ACTOR_ROLE = "hamerslag-actor-role";
    public static final String CORRELATION_ID = "hamerslag-correlation-id";
    public static final String CAUSATION_ID = "hamerslag-causation-id";
    /** The event's link in its aggregate's hash chain. */
    public static final String HASH = "hamerslag-hash";
    /** The service that published the event. */
    public static final String SOURCE = "hamerslag-source";

    private EventHeaders() {
    }
}
