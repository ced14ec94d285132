package nl.hamerslag.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Registers the gauges that read the event store and the platform's tables: processor lag, relay lag,
 * parked records. Axon's processors exist only once its configuration has started, so this waits
 * until the service is ready.
 */
class EventStoreGauges implements ApplicationListener<ApplicationReadyEvent> {

    private final MeterRegistry meters;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    EventStoreGauges(MeterRegistry meters, EventProcessingConfiguration processing, EventStore eventStore,
                     JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.tokenSerializer = tokenSerializer;
        this.meters = meters;
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        ProcessorPositions positions = new ProcessorPositions(processing, new StoredTokenPositions(jdbc, tokenSerializer));
        EventStoreHead head = new EventStoreHead(eventStore, Clock.systemUTC());
        new EventProcessorLag(positions, head).register(meters);
        new RelayLag(positions, head, jdbc, Clock.systemUTC()).register(meters);
        new ParkedRecordsGauge(jdbc).register(meters);
    }
}
