package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.OptionalLong;

/**
 * Meter {@code hamerslag.processor.lag} (Prometheus {@code hamerslag_processor_lag_events{group}}): how
 * many events each streaming processing group is behind the head of the event store. A projection
 * that stays behind shows stale pages; one that grows without end has stopped (its error is in the log).
 * No value (NaN) for a group that never stored a token.
 */
class EventProcessorLag {

    static final String METER = "hamerslag.processor.lag";

    private final ProcessorPositions positions;
    private final EventStoreHead head;

    EventProcessorLag(ProcessorPositions positions, EventStoreHead head) {
        this.positions = positions;
        this.head = head;
    }

    void register(MeterRegistry meters) {
        for (String group : positions.streamingGroups()) {
            Gauge.builder(METER, () -> lag(group))
                    .description("Events this processing group is behind the head of the event store")
                    .baseUnit("events")
                    .tag("group", group)
                    .register(meters);
        }
    }

    double lag(String group) {
        OptionalLong position = positions.position(group);
        if (position.isEmpty()) {
            return Double.NaN;
        }
        return Math.max(0, head.position() - position.getAsLong());
    }
}
