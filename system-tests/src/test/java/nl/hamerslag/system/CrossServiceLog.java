package nl.hamerslag.system;

import nl.hamerslag.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka topics as the cross-service log: every {@code hamerslag.<service>.events.v1} topic read
 * with a plain consumer from offset 0 to its end, as anyone holding the broker could replay it, without
 * asking any service.
 */
final class CrossServiceLog {

    private static final Pattern EVENT_TOPIC = Pattern.compile("hamerslag\\.([a-z]+)\\.events\\.v1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One record as the log holds it: the service from its topic, the rest from its headers and payload. */
    record Logged(String service, TopicPartition partition, long offset, String key, String eventId, String type,
                  Instant time, String actorSubject, String actorName, String actorRole, String stream, long sequence,
                  JsonNode payload) {
    }

    private final List<Logged> records;

    private CrossServiceLog(List<Logged> records) {
        this.records = records;
    }

    /** Every record of every event topic from offset 0 to the end each partition had when reading began. */
    static CrossServiceLog read(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Logged> read = new ArrayList<>();
        // assigned partitions and no group: a reader of the log, not a consumer that moves anyone's offsets
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(30)).forEach((topic, infos) -> {
                if (EVENT_TOPIC.matcher(topic).matches()) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant giveUp = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("the topics were not read to their end " + ends + " within 60 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition)) {
                        read.add(logged(record, partition));
                    }
                }
            }
        }
        return new CrossServiceLog(read);
    }

    /**
     * The records of the proposal's dossier, in log order per partition. A dossier is whole streams
     * (ADR 35): a stream (the aggregate-id header) belongs to it when one of its records names the
     * proposal, by its key or in its payload where the platform's audit log looks ({@code proposalId},
     * or a publication's {@code source.proposalId}); so a meeting's own records (keyed by the meeting,
     * ADR 28) come along with the meeting's records about the proposal. A record delivered twice (the
     * relay is at least once) is kept once, by its event id, as every consumer does.
     */
    List<Logged> dossier(String proposalId) {
        Set<String> streams = new HashSet<>();
        for (Logged record : records) {
            if (proposalId.equals(record.key()) || proposalId.equals(record.payload().path("proposalId").asString(null))
                    || proposalId.equals(record.payload().path("source").path("proposalId").asString(null))) {
                streams.add(record.stream());
            }
        }
        Set<String> seen = new HashSet<>();
        return records.stream().filter(record -> streams.contains(record.stream()))
                .filter(record -> seen.add(record.eventId())).toList();
    }

    private static Logged logged(ConsumerRecord<String, byte[]> record, TopicPartition partition) {
        Matcher topic = EVENT_TOPIC.matcher(record.topic());
        if (!topic.matches()) {
            throw new IllegalStateException("read a record of " + record.topic() + ", which is no event topic");
        }
        String aggregate = optional(record, EventHeaders.AGGREGATE_ID);
        return new Logged(topic.group(1), partition, record.offset(), record.key(),
                header(record, EventHeaders.EVENT_ID), header(record, EventHeaders.EVENT_TYPE),
                Instant.parse(header(record, EventHeaders.OCCURRED_AT)), optional(record, EventHeaders.ACTOR_SUBJECT),
                optional(record, EventHeaders.ACTOR_NAME), optional(record, EventHeaders.ACTOR_ROLE),
                // an event of no aggregate is stored as a stream of its own, named by its id
                aggregate == null ? header(record, EventHeaders.EVENT_ID) : aggregate,
                aggregate == null ? 0 : Long.parseLong(header(record, EventHeaders.AGGREGATE_SEQUENCE)),
                JSON.readTree(record.value()));
    }

    /** A header the relay sets only when the event has it (an aggregate, an actor); null otherwise. */
    private static String optional(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError(record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " has no header " + name + ": every record the relay sends has it");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
