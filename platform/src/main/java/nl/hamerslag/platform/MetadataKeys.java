package nl.hamerslag.platform;

/**
 * Keys of the Axon metadata every command and every stored event carries: who (actor), why
 * (correlation and causation), the event's link in its aggregate's hash chain and the trace it belongs to.
 */
public final class MetadataKeys {

    public static final String ACTOR_SUBJECT = "actorSubject";
    public static final String ACTOR_NAME = "actorName";
    /** The role (or, for a token with several, the comma-separated roles) the actor acted in. */
    public static final String ACTOR_ROLE = "actorRole";
    /** One id for everything that follows from one user request, across services. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the request or message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** SHA-256 of the previous event's hash and this event's canonical form. */
    public static final String HASH = "hash";
    /** Which canonical form {@link #HASH} was made with ("2"); absent on events stored before version 2. */
    public static final String HASH_VERSION = "hashVersion";
    /**
     * The W3C Trace Context of the request that caused the command or event (also the Kafka header's
     * name): one trace follows it through the store and Kafka into the consuming service.
     */
    public static final String TRACEPARENT = "traceparent";
    /** W3C Trace Context vendor data that goes with {@link #TRACEPARENT}, when there is any. */
    public static final String TRACESTATE = "tracestate";

    private MetadataKeys() {
    }
}
