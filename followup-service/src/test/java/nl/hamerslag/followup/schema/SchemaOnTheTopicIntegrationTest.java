package nl.hamerslag.followup.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.followup.StandInItemOpened;
import nl.hamerslag.contracts.followup.StandInListRevised;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.followup.support.StreamFixtures;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.hamerslag.followup.support.StreamFixtures.listRevised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every record on the follow-up topic, read from offset 0, is valid against the schema of its type:
 * the repository's schema for a published event, a generated one for this test's stand-ins.
 */
@FollowupIntegrationTest
class SchemaOnTheTopicIntegrationTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @LocalServerPort
    int port;
    @Autowired
    EventGateway eventGateway;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ProposalAudiences audiences;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void everyRecordSentToTheTopicIsValidAgainstTheSchemaOfItsType(@TempDir Path standIns) throws Exception {
        String run = UUID.randomUUID().toString();
        StreamFixtures fixtures = new StreamFixtures(eventGateway, transaction, audiences);
        fixtures.publish(fixtures.itemOpened(run), listRevised(run));
        ApiResponse question = new ApiClient("http://localhost:" + port).post("/api/followup/questions",
                "{\"kind\":\"TECHNICAL\",\"submitter\":\"Fractie Groen\",\"text\":\"Vraag " + run
                        + "\",\"receivedOn\":\"2026-11-30\"}", "Authorization", TestTokens.bearer(Role.CLERK));
        assertThat(question.status()).as(question.toString()).isEqualTo(201);
        SchemaGenerator.write(List.of(StandInItemOpened.class, StandInListRevised.class), standIns);

        List<ConsumerRecord<String, byte[]>> records = fromOffsetZeroUntil(run, 3);

        Map<String, Schema> schemas = new HashMap<>();
        List<String> invalid = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = header(record, EventHeaders.EVENT_TYPE);
            Schema schema = schemas.computeIfAbsent(type, t -> schemaOf(t, standIns));
            assertThat(schema).as("a schema for " + type + " in " + SchemaGenerator.REPOSITORY_FOLDER).isNotNull();
            List<Error> errors = schema.validate(new String(record.value(), StandardCharsets.UTF_8), InputFormat.JSON);
            if (!errors.isEmpty()) {
                invalid.add(type + " at offset " + record.offset() + ": "
                        + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
            }
        }
        assertThat(invalid).isEmpty();
        assertThat(records).extracting(r -> header(r, EventHeaders.EVENT_TYPE))
                .as("the real records the service sends, and the stand-ins for every shape")
                .contains("QuestionRegistered", "StandInItemOpened", "StandInListRevised");
    }

    @Test
    void aRecordThatDiffersFromItsSchemaIsInvalid(@TempDir Path standIns) {
        SchemaGenerator.write(List.of(StandInItemOpened.class), standIns);
        Schema schema = schemaOf("StandInItemOpened", standIns);

        String wrong = "{\"proposalId\":\"not-a-uuid-but-allowed-as-text\",\"itemId\":\"x\",\"kind\":\"PROMISE\","
                + "\"text\":\"t\",\"deadline\":\"2027-03-01\",\"openedAt\":\"2026-12-02T09:00:00Z\",\"owners\":[],"
                + "\"revision\":\"one\",\"extra\":1}";

        assertThat(schema.validate(wrong, InputFormat.JSON)).extracting(e -> e.getInstanceLocation() + " " + e.getMessage())
                .anySatisfy(m -> assertThat(m).contains("kind"))
                .anySatisfy(m -> assertThat(m).contains("revision"))
                .anySatisfy(m -> assertThat(m).contains("extra"));
    }

    private static Schema schemaOf(String type, Path standIns) {
        Path repository = SchemaGenerator.REPOSITORY_FOLDER.resolve(type + ".schema.json");
        Path standIn = standIns.resolve(type + ".schema.json");
        Path file = Files.exists(repository) ? repository : Files.exists(standIn) ? standIn : null;
        if (file == null) {
            return null;
        }
        try {
            return SCHEMAS.getSchema(Files.readString(file), InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ConsumerRecord<String, byte[]>> fromOffsetZeroUntil(String run, int ours) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "schema-check-" + run, false);
        properties.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.FOLLOWUP));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(run)).count() >= ours;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
