package nl.hamerslag.test;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.IntegrationEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A Kafka record as another service's relay would send it, for tests of a consumer: the same key,
 * JSON value and headers. Send the same record twice to test redelivery.
 */
public final class RelayedRecord {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RelayedRecord() {
    }

    public static ProducerRecord<String, byte[]> of(String topic, IntegrationEvent event) {
        return of(topic, event, UUID.randomUUID().toString());
    }

    public static ProducerRecord<String, byte[]> of(String topic, IntegrationEvent event, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.partitionKey(),
                JSON.writeValueAsBytes(event));
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, event.getClass().getSimpleName());
        header(record, EventHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.CORRELATION_ID, "test-" + eventId);
        header(record, EventHeaders.SOURCE, "test");
        return record;
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
