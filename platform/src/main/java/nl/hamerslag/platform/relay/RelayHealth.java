package nl.hamerslag.platform.relay;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Health "relay": DOWN while an event is refused by Kafka in a way that retrying cannot fix (too
 * large, an invalid topic, no permission), naming it. The relay keeps retrying it and sends nothing
 * after it in its segment, so nothing is lost; a person has to remove the cause (raise the topic's
 * and producer's size limit, fix the ACL). UP again once that event has been sent. Metric:
 * {@code hamerslag.relay.refused} (events refused right now).
 */
public class RelayHealth implements HealthIndicator {

    record Refused(String eventId, String eventType, String aggregateId, Long sequence, String error, Instant since) {
    }

    private final Map<String, Refused> refused = new ConcurrentHashMap<>();

    public RelayHealth(MeterRegistry meters) {
        meters.gauge("hamerslag.relay.refused", refused, Map::size);
    }

    void refused(String eventId, String eventType, String aggregateId, Long sequence, String error) {
        refused.compute(eventId, (id, before) -> new Refused(eventId, eventType, aggregateId, sequence, error,
                before == null ? Instant.now() : before.since()));
    }

    void sent(String eventId) {
        refused.remove(eventId);
    }

    @Override
    public Health health() {
        if (refused.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        refused.values().forEach(r -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("eventType", r.eventType());
            detail.put("aggregateId", String.valueOf(r.aggregateId()));
            detail.put("sequence", String.valueOf(r.sequence()));
            detail.put("since", r.since().toString());
            detail.put("error", r.error());
            details.put(r.eventId(), detail);
        });
        return Health.down().withDetail("refused", details)
                .withDetail("action", "Kafka refuses these events and nothing after them in their segment is sent; "
                        + "remove the cause (size limit, topic, permission) and the relay sends them on its next try")
                .build();
    }
}
