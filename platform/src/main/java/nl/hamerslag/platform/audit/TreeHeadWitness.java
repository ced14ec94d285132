package nl.hamerslag.platform.audit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tree heads on Kafka: {@code hamerslag.<service>.tree-heads.v1}, one partition, kept forever.
 * A topic of its own rather than the service's event topic: every consumer of the event topic would
 * otherwise have to know and skip a record that is no integration event, and the latest head is then
 * simply the topic's last record. Whoever rewrites the database cannot take back what the broker
 * already acknowledged, so an earlier head there shows a rewritten or truncated log.
 */
public class TreeHeadWitness {

    private final KafkaTemplate<String, byte[]> kafka;
    private final Map<String, Object> consumerConfig;
    private final JsonMapper jsonMapper;
    private final AuditLogStore store;
    private final String topic;
    private final String service;
    private final Duration timeout;

    public TreeHeadWitness(KafkaTemplate<String, byte[]> kafka, Map<String, Object> consumerConfig, JsonMapper jsonMapper,
                           AuditLogStore store, String service, Duration timeout) {
        this.kafka = kafka;
        this.consumerConfig = consumerConfig;
        this.jsonMapper = jsonMapper;
        this.store = store;
        this.topic = topic(service);
        this.service = service;
        this.timeout = timeout;
    }

    public static String topic(String service) {
        return "hamerslag." + service + ".tree-heads.v1";
    }

    public String topic() {
        return topic;
    }

    /** Sends every head the witness has not acknowledged yet, oldest first; returns how many. */
    public synchronized int publish() throws ExecutionException, InterruptedException, TimeoutException {
        List<SignedTreeHead> heads = store.headsAfter(store.witnessPosition(topic));
        for (SignedTreeHead head : heads) {
            kafka.send(new ProducerRecord<>(topic, 0, service, jsonMapper.writeValueAsBytes(head)))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            store.moveWitness(topic, head.treeSize());
        }
        return heads.size();
    }

    /** The last head the broker holds, read from the end of the topic; empty when none was published yet. */
    public Optional<SignedTreeHead> latest() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            long end = consumer.position(partition, timeout);
            if (end == 0) {
                return Optional.empty();
            }
            consumer.seek(partition, end - 1);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == end - 1) {
                        return Optional.of(jsonMapper.readValue(record.value(), SignedTreeHead.class));
                    }
                }
            }
            throw new IllegalStateException("the witness topic " + topic + " did not give its last record within " + timeout);
        }
    }
}
