package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.hamerslag.platform.relay.KafkaRelay;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How far the Kafka relay is behind the event store (the outbox): {@code hamerslag.relay.lag} (events
 * it has not passed yet, Prometheus {@code hamerslag_relay_lag_events}) and
 * {@code hamerslag.relay.oldest.unsent} (age of the oldest of them, {@code hamerslag_relay_oldest_unsent_seconds}).
 * Other services see nothing of what is in that gap; an age that keeps growing means the relay is
 * blocked (health "relay" names the event, ADR 20).
 */
class RelayLag {

    private final ProcessorPositions positions;
    private final EventStoreHead head;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RelayLag(ProcessorPositions positions, EventStoreHead head, JdbcTemplate jdbc, Clock clock) {
        this.positions = positions;
        this.head = head;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void register(MeterRegistry meters) {
        if (!positions.streamingGroups().contains(KafkaRelay.PROCESSING_GROUP)) {
            return;
        }
        Gauge.builder("hamerslag.relay.lag", this::events)
                .description("Stored events the Kafka relay has not passed yet")
                .baseUnit("events")
                .register(meters);
        Gauge.builder("hamerslag.relay.oldest.unsent", this::oldestAgeSeconds)
                .description("Age of the oldest stored event the Kafka relay has not passed yet; 0 when none")
                .baseUnit("seconds")
                .register(meters);
    }

    double events() {
        OptionalLong position = positions.position(KafkaRelay.PROCESSING_GROUP);
        return position.isEmpty() ? Double.NaN : Math.max(0, head.position() - position.getAsLong());
    }

    double oldestAgeSeconds() {
        OptionalLong position = positions.position(KafkaRelay.PROCESSING_GROUP);
        if (position.isEmpty()) {
            return Double.NaN;
        }
        String storedAt = jdbc.query("""
                        select time_stamp from domain_event_entry where global_index > ?
                         order by global_index limit 1""",
                rs -> rs.next() ? rs.getString(1) : null, position.getAsLong());
        if (storedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(Instant.parse(storedAt), clock.instant()).toMillis() / 1000.0);
    }
}
