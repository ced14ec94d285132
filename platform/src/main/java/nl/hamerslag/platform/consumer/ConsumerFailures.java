package nl.hamerslag.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import nl.hamerslag.contracts.EventHeaders;
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

    record Failing(String topic, int partition, long offset, String key, String eventType, Instant since,
                   int attempts, String error) {
    }

    private final Map<TopicPartition, Failing> failing = new ConcurrentHashMap<>();
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

    void retrying(ConsumerRecord<?, ?> record, Exception error, int attempt) {
        retries.increment();
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        failing.compute(partition, (p, before) -> new Failing(record.topic(), record.partition(), record.offset(),
                String.valueOf(record.key()), header(record, EventHeaders.EVENT_TYPE),
                before != null && before.offset() == record.offset() ? before.since() : Instant.now(), attempt,
                rootMessage(error)));
    }

    /** The record was handled (or parked): its partition is no longer stuck on it. */
    void done(ConsumerRecord<?, ?> record) {
        failing.computeIfPresent(new TopicPartition(record.topic(), record.partition()),
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
                details.put(f.topic() + "/" + f.partition() + "@" + f.offset(), Map.of(
                        "key", f.key(), "eventType", String.valueOf(f.eventType()), "since", f.since().toString(),
                        "attempts", f.attempts(), "error", String.valueOf(f.error()))));
        return Health.down().withDetail("retrying", details).build();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
