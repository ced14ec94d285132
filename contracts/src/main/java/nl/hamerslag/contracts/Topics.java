package nl.hamerslag.contracts;

import java.util.Arrays;
import java.util.List;

/**
 * Kafka topic names: {@code hamerslag.<service>.events.v1}. Each service publishes to its own
 * topic only; topics are retained forever so the cross-service log can be replayed. The constants
 * exist because annotations ({@code @KafkaListener}) need compile-time constants; the list of
 * services is {@link ServiceCatalog}.
 */
public final class Topics {

    public static final String DRAFTING = "hamerslag.drafting.events.v1";
    public static final String APPROVAL = "hamerslag.approval.events.v1";
    public static final String MEETING = "hamerslag.meeting.events.v1";
    public static final String PUBLICATION = "hamerslag.publication.events.v1";
    public static final String FOLLOWUP = "hamerslag.followup.events.v1";

    /** Every service's topic, in {@link ServiceCatalog} order; the constants above must be among them. */
    public static final List<String> ALL = Arrays.stream(ServiceCatalog.values()).map(ServiceCatalog::topic).toList();

    /** Partitions per topic: the unit of parallelism for consumer groups; order holds per proposal. */
    public static final int PARTITIONS = 3;

    /** {@code retention.ms} of every topic: forever, so the cross-service log can be replayed. */
    public static final String RETENTION_MS = "-1";

    private Topics() {
    }

    /** The topic of a service by its short name ({@code drafting}, {@code approval}, ...). */
    public static String of(String service) {
        return "hamerslag." + service + ".events.v1";
    }
}
