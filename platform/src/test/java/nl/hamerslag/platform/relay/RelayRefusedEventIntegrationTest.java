package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event Kafka refuses for good (over the maximum record size) blocks the relay visibly: health
 * "relay" is DOWN naming it, and nothing after it is relayed past it. A context of its own, because
 * its relay stays blocked.
 */
@HamerslagIntegrationTest
@TestPropertySource(properties = "hamerslag.kafka.send-timeout=6s")
class RelayRefusedEventIntegrationTest {

    /** Over the producer's default max.request.size of 1 MiB. */
    private static final int OVERSIZED = 1_200_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void anEventKafkaRefusesMakesTheRelayHealthDownNamingItAndNothingIsRelayedPastIt() {
        TallyApi api = new TallyApi(port);
        String before = api.create("before");
        api.count(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> !relayed(before).isEmpty());

        ApiResponse pasted = api.client().post("/api/scrapbooks?size=" + OVERSIZED, null,
                "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(pasted.status()).as(pasted.toString()).isEqualTo(201);
        String scrapbook = pasted.json().get("id").asString();
        String eventId = jdbc.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ?",
                String.class, scrapbook);
        long position = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                Long.class, scrapbook);
        api.count(before);

        await().atMost(Duration.ofSeconds(60)).until(() -> relayHealth().get("status").asString().equals("DOWN"));
        JsonNode refused = relayHealth().get("details").get("refused").get(eventId);
        assertThat(refused).as(relayHealth().toString()).isNotNull();
        assertThat(refused.get("eventType").asString()).isEqualTo("ClippingPasted");
        assertThat(refused.get("aggregateId").asString()).isEqualTo(scrapbook);
        assertThat(refused.get("sequence").asString()).isEqualTo("0");
        assertThat(refused.get("error").asString()).contains("RecordTooLargeException");

        // a GapAwareTrackingToken, stored as JSON with its type: its index is read from the text
        List<Long> tokens = jdbc.queryForList("select substring(convert_from(token, 'UTF8') from '\"index\":\\s*(\\d+)')::bigint "
                + "from token_entry where processor_name = ?", Long.class, KafkaRelay.PROCESSING_GROUP);
        assertThat(tokens).as("the relay's token").isNotEmpty().allSatisfy(index -> assertThat(index).isLessThan(position));
        assertThat(relayed(before)).as("the later count stays behind the refused event").containsExactly("1");
    }

    private JsonNode relayHealth() {
        ApiResponse health = new TallyApi(port).client().get("/actuator/health",
                "Authorization", TestTokens.bearer(Role.ADMIN)); // details are for an ADMIN only
        JsonNode relay = health.json().get("components").get("relay");
        assertThat(relay).as(health.toString()).isNotNull();
        return relay;
    }

    /** The aggregate sequence numbers of this tally's events on the topic, read to its end. */
    private List<String> relayed(String tallyId) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "relay-refused-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DRAFTING).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (tallyId.equals(header(record, EventHeaders.AGGREGATE_ID))) {
                        found.add(header(record, EventHeaders.AGGREGATE_SEQUENCE));
                    }
                }
            }
            return found;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
