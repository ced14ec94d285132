package nl.hamerslag.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.platform.failure.CauseChain;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records this service's consumers are retrying right now because of a failure that passes by
 * itself (the database away): health "consumers" is DOWN while one is, naming it and since when, and
 * UP again once it is handled. Metrics: {@code hamerslag.consumer.retries} (attempts that failed),
 * {@code hamerslag.consumer.failing} (records failing now) and {@code hamerslag.consumer.parked}.
 */
public class ConsumerFailures implements HealthIndicator {

    /** One consumer group's position in one partition: other groups read the same partition on their own. */
    private record Position(String group, String topic, int partition) {
    }

    record Failing(String group, String topic, int partition, long offset, String key, String eventType, Instant since,
                   int attempts, String error) {
    }

    private final Map<Position, Failing> failing = new ConcurrentHashMap<>();
    private final Counter retries;
    private final Counter parked;

    public ConsumerFailures(MeterRegistry meters) {
        this.retries = Counter.builder("hamerslag.consumer.retries")
                .description("Deliveries of a Kafka record that failed with a transient error and will be retried")
                .register(meters);
        this.parked = Counter.builder("hamerslag.consumer.parked")
                .description("Kafka records parked because they can never be handled as they are")
                .register(meters);
        meters.gauge("hamerslag.consumer.failing", failing, Map::size);
    }

    void retrying(String group, ConsumerRecord<?, ?> record, Exception error, int attempt) {
        retries.increment();
        failing.compute(new Position(group, record.topic(), record.partition()), (p, before) -> new Failing(group,
                record.topic(), record.partition(), record.offset(),
                String.valueOf(record.key()), header(record, EventHeaders.EVENT_TYPE),
                before != null && before.offset() == record.offset() ? before.since() : Instant.now(), attempt,
                CauseChain.rootMessage(error)));
    }

    /** The record was handled (or parked): its partition is no longer stuck on it. */
    void done(String group, ConsumerRecord<?, ?> record) {
        failing.computeIfPresent(new Position(group, record.topic(), record.partition()),
                (p, stuck) -> record.offset() >= stuck.offset() ? null : stuck);
    }

    void parked() {
        parked.increment();
    }

    @Override
    public Health health() {
        if (failing.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        failing.values().stream().sorted(Comparator.comparing(Failing::since)).forEach(f ->
                details.put(f.group() + ":" + f.topic() + "/" + f.partition() + "@" + f.offset(), Map.of(
                        "consumerGroup", f.group(), "key", f.key(), "eventType", String.valueOf(f.eventType()), "since", f.since().toString(),
                        "attempts", f.attempts(), "error", String.valueOf(f.error()))));
        return Health.down().withDetail("retrying", details).build();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
