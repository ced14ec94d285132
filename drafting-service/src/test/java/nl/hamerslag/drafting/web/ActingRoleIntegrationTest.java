package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.test.ApiResponse;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail records the role an action was taken in (ADR 0016), not the token's first role. */
@DraftingIntegrationTest
class ActingRoleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void anAuthorWhoIsAlsoAManagerWithdrawsAColleaguesProposalAsManagerInTheEventTheMetadataAndTheKafkaHeaders() {
        DraftingApi api = new DraftingApi(port);
        String id = api.drafted();
        String teamLead = "tom." + UUID.randomUUID();

        ApiResponse withdrawn = api.withdraw(id, "Prioriteit vervallen",
                DraftingApi.token(teamLead, "Ruimte", Role.AUTHOR, Role.MANAGER));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        DomainEventMessage<?> stored = eventStore.readEvents(id).asStream()
                .filter(e -> e.getPayload() instanceof ProposalWithdrawn).findFirst().orElseThrow();
        assertThat(((ProposalWithdrawn) stored.getPayload()).withdrawnBy().role()).isEqualTo(Role.MANAGER);
        assertThat(stored.getMetaData()).containsEntry(MetadataKeys.ACTOR_SUBJECT, teamLead)
                .containsEntry(MetadataKeys.ACTOR_ROLE, "MANAGER");
        ConsumerRecord<String, byte[]> relayed = awaitRelayed(id, "ProposalWithdrawn");
        assertThat(header(relayed, EventHeaders.ACTOR_ROLE)).isEqualTo("MANAGER");
        assertThat(header(relayed, EventHeaders.ACTOR_SUBJECT)).isEqualTo(teamLead);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, byte[]> awaitRelayed(String key, String type) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "test-" + key, false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.DRAFTING);
            AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key()) && type.equals(header(r, EventHeaders.EVENT_TYPE))) {
                        found.set(r);
                    }
                });
                return found.get() != null;
            });
            return found.get();
        }
    }
}
