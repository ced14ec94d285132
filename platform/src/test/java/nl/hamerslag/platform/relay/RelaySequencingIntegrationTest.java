package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
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
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With several relay segments, the events of one proposal keep their order on Kafka, also when
 * several aggregates (here two tallies) applied them.
 */
@HamerslagIntegrationTest
@TestPropertySource(properties = "hamerslag.kafka.relay-segments=4")
class RelaySequencingIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void eachProposalsEventsKeepTheirOrderAcrossSegmentsWhicheverAggregateAppliedThem() {
        TrackingEventProcessor relay = processing.eventProcessor(KafkaRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.processingStatus().size() == 4);

        TallyApi api = new TallyApi(port);
        String shared = ProposalId.newId().toString();
        String first = tallyOf(api, shared);
        String second = tallyOf(api, shared);
        String other = api.create("other");
        for (int i = 0; i < 8; i++) {
            api.count(first);
            api.count(second);
            api.count(other);
        }
        String otherProposal = jdbc.queryForObject("""
                select convert_from(payload, 'UTF8')::json ->> 'proposalId' from domain_event_entry
                 where aggregate_identifier = ? and sequence_number = 0""", String.class, other);

        for (String proposal : List.of(shared, otherProposal)) {
            List<String> stored = jdbc.queryForList("""
                    select event_identifier from domain_event_entry
                     where payload_type like '%TallyCounted' and convert_from(payload, 'UTF8')::json ->> 'proposalId' = ?
                     order by global_index""", String.class, proposal);
            assertThat(relayed(proposal, stored.size())).as("proposal %s on Kafka in the order of the store", proposal)
                    .containsExactlyElementsOf(stored);
        }
    }

    private static String tallyOf(TallyApi api, String proposalId) {
        ApiResponse response = api.client().post("/api/proposals/" + proposalId + "/tallies?name=shared", null,
                "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<String> relayed(String proposalId, int expected) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "relay-sequencing-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.DRAFTING);
            List<String> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (proposalId.equals(record.key())) {
                        found.add(new String(record.headers().lastHeader(EventHeaders.EVENT_ID).value(),
                                StandardCharsets.UTF_8));
                    }
                }
                return found.size() >= expected;
            });
            return found;
        }
    }
}
