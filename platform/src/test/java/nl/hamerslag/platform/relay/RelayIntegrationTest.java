package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.testapp.ReceiptListener;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HamerslagIntegrationTest
class RelayIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    ReceiptListener listener;

    @Test
    void aPublishedEventReachesItsTopicKeyedByProposalWithItsHeaders() {
        TallyApi api = new TallyApi(port);
        String id = api.create("headers", "X-Correlation-Id", "corr-relay");
        api.count(id);

        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "relay-headers-" + id, false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.DRAFTING);
            List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (new String(r.value(), StandardCharsets.UTF_8).contains(id)) {
                        mine.add(r);
                    }
                });
                return !mine.isEmpty();
            });
            ConsumerRecord<String, byte[]> record = mine.get(0);
            String proposalId = jdbc.queryForObject("""
                    select convert_from(payload, 'UTF8')::json ->> 'proposalId' from domain_event_entry
                     where aggregate_identifier = ? and sequence_number = 0""", String.class, id);
            assertThat(record.key()).isEqualTo(proposalId);
            assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("TallyCounted");
            assertThat(header(record, EventHeaders.AGGREGATE_ID)).isEqualTo(id);
            assertThat(header(record, EventHeaders.AGGREGATE_SEQUENCE)).isEqualTo("1");
            assertThat(header(record, EventHeaders.ACTOR_SUBJECT)).isEqualTo("anna.steller");
            assertThat(header(record, EventHeaders.CORRELATION_ID)).isNotBlank();
            assertThat(header(record, EventHeaders.HASH)).hasSize(64);
            assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
            assertThat(header(record, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        }
    }

    @Test
    void aRelayStoppedMidStreamAndRestartedDeliversEveryEventWithNoSecondEffect() {
        TallyApi api = new TallyApi(port);
        String id = api.create("restart");
        for (int i = 0; i < 10; i++) {
            api.count(id);
        }
        TrackingEventProcessor relay = processing.eventProcessor(KafkaRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> receipts(id) >= 1);
        relay.shutDown();

        for (int i = 0; i < 10; i++) {
            api.count(id);
        }
        assertThat(receipts(id)).as("nothing is relayed while the relay is stopped").isLessThanOrEqualTo(10);

        relay.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> receipts(id) == 20);

        // replay the whole store: every event is sent to Kafka a second time
        relay.shutDown();
        relay.resetTokens();
        relay.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.deliveries(id) >= 40);
        assertThat(receipts(id)).as("a redelivered event has no second effect").isEqualTo(20);
    }

    private int receipts(String tallyId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from domain_event_entry
                 where aggregate_identifier = ? and payload_type like '%ReceiptRecorded'""", Integer.class, "ledger-" + tallyId);
        return count == null ? 0 : count;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
