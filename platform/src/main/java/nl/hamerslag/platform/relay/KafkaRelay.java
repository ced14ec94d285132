package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.failure.CauseChain;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends every published-language event ({@link IntegrationEvent}) of this service to its Kafka
 * topic, keyed by the proposal id. It runs in its own tracking processor: the send is awaited
 * ({@code acks=all}, idempotent producer) before the handler returns, so the token only moves past an
 * event the broker has acknowledged. The event table is the outbox; delivery is at least once and
 * in order per proposal. A failed send throws, and the processor retries from the same event. A send
 * that Kafka refuses for good (e.g. a record over the size limit) is retried too, so nothing is lost,
 * and health "relay" says which event blocks the relay until the cause is removed.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";

    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper jsonMapper;
    private final String topic;
    private final String source;
    private final Duration sendTimeout;
    private final RelayHealth health;

    public KafkaRelay(KafkaTemplate<String, byte[]> kafka, JsonMapper jsonMapper, String topic, String source,
                      Duration sendTimeout, RelayHealth health) {
        this.health = health;
        this.kafka = kafka;
        this.jsonMapper = jsonMapper;
        this.topic = topic;
        this.source = source;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    public void relay(IntegrationEvent event, EventMessage<?> message)
            throws ExecutionException, InterruptedException, TimeoutException {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.partitionKey(),
                jsonMapper.writeValueAsBytes(event));
        Headers headers = record.headers();
        header(headers, EventHeaders.EVENT_ID, message.getIdentifier());
        header(headers, EventHeaders.EVENT_TYPE, event.getClass().getSimpleName());
        header(headers, EventHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(headers, EventHeaders.OCCURRED_AT, message.getTimestamp().toString());
        header(headers, EventHeaders.SOURCE, source);
        if (message instanceof DomainEventMessage<?> domainEvent) {
            header(headers, EventHeaders.AGGREGATE_ID, domainEvent.getAggregateIdentifier());
            header(headers, EventHeaders.AGGREGATE_SEQUENCE, Long.toString(domainEvent.getSequenceNumber()));
        }
        metadataHeader(headers, message, MetadataKeys.ACTOR_SUBJECT, EventHeaders.ACTOR_SUBJECT);
        metadataHeader(headers, message, MetadataKeys.ACTOR_NAME, EventHeaders.ACTOR_NAME);
        metadataHeader(headers, message, MetadataKeys.ACTOR_ROLE, EventHeaders.ACTOR_ROLE);
        metadataHeader(headers, message, MetadataKeys.CORRELATION_ID, EventHeaders.CORRELATION_ID);
        metadataHeader(headers, message, MetadataKeys.CAUSATION_ID, EventHeaders.CAUSATION_ID);
        metadataHeader(headers, message, MetadataKeys.HASH, EventHeaders.HASH);
        // the trace of the request that caused the event goes on in the consuming service (W3C Trace Context)
        metadataHeader(headers, message, MetadataKeys.TRACEPARENT, MetadataKeys.TRACEPARENT);
        metadataHeader(headers, message, MetadataKeys.TRACESTATE, MetadataKeys.TRACESTATE);
        try {
            kafka.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | RuntimeException e) {
            if (NeverSucceeds.refused(e)) {
                refused(event, message, e);
            }
            throw e;
        }
        health.sent(message.getIdentifier());
    }

    private void refused(IntegrationEvent event, EventMessage<?> message, Exception e) {
        String aggregateId = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
        Long sequence = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null;
        String error = CauseChain.rootMessage(e);
        health.refused(message.getIdentifier(), event.getClass().getSimpleName(), aggregateId, sequence, error);
        log.error("Kafka refuses event {} ({} of aggregate {} #{}, proposal {}) on {}: {}. Retrying cannot fix this; the "
                        + "relay keeps trying it and sends nothing after it in its segment until the cause is removed "
                        + "(e.g. raise max.message.bytes of the topic and max.request.size of the producer).",
                message.getIdentifier(), event.getClass().getSimpleName(), aggregateId, sequence, event.partitionKey(),
                topic, error);
    }

    private static void metadataHeader(Headers headers, EventMessage<?> message, String key, String header) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            header(headers, header, value.toString());
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
