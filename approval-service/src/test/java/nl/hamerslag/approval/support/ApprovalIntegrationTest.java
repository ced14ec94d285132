package nl.hamerslag.approval.support;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on the real parts (PostgreSQL, Kafka, HTTP with tokens), with what the route tests share:
 * publishing drafting's events as its relay would, acting on steps, reading routes and published events.
 */
@HamerslagIntegrationTest
public abstract class ApprovalIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    protected int port;
    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected ApiClient api;

    @BeforeEach
    protected void setUpClient() {
        api = new ApiClient("http://localhost:" + port);
    }

    protected static ProposalSubmitted submission(boolean financial, boolean legal) {
        return submission(financial, legal, Confidentiality.OPENBAAR);
    }

    /** A college proposal of department Ruimte, written by Anna de Steller. */
    protected static ProposalSubmitted submission(boolean financial, boolean legal, Confidentiality confidentiality) {
        ProposalId id = ProposalId.newId();
        Manifest manifest = new Manifest(ContentHash.sha256("content of " + id), List.of());
        return new ProposalSubmitted(id, manifest.version(), ProposalType.COLLEGE_PROPOSAL,
                "Herinrichting Marktplein", "Ruimte", "Wethouder Wim", confidentiality, financial, legal,
                DecidingBody.COLLEGE, "anna.steller", manifest);
    }

    /** Sends the record as drafting's relay would: keyed by proposal, with the relay's headers. */
    protected void publish(IntegrationEvent event, String eventId, Integer partition) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.DRAFTING, partition,
                event.proposalId().toString(), json.writeValueAsBytes(event));
        header(record, EventHeaders.EVENT_ID, eventId);
        header(record, EventHeaders.EVENT_TYPE, event.getClass().getSimpleName());
        header(record, EventHeaders.SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.SOURCE, "drafting-service");
        header(record, EventHeaders.AGGREGATE_ID, event.proposalId().toString());
        header(record, EventHeaders.AGGREGATE_SEQUENCE, "4");
        header(record, EventHeaders.ACTOR_SUBJECT, "anna.steller");
        header(record, EventHeaders.ACTOR_NAME, "Anna de Steller");
        header(record, EventHeaders.ACTOR_ROLE, Role.AUTHOR.name());
        header(record, EventHeaders.CORRELATION_ID, "corr-" + eventId);
        header(record, EventHeaders.CAUSATION_ID, "request:" + eventId);
        header(record, EventHeaders.HASH, ContentHash.sha256(eventId).value());
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test record", e);
        }
    }

    protected static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    protected ApiResponse approve(String routePath, String stepId, Role role, String body) {
        return api.post(routePath + "/steps/" + stepId + "/approve", body, "Authorization", TestTokens.bearer(role));
    }

    /** POSTs an outcome ({@code approve}, {@code refuse}, {@code delegate}, {@code skip}) as the demo user of {@code role}. */
    protected ApiResponse act(ProposalId proposalId, String stepId, String outcome, Role role, String body) {
        return act(proposalId, stepId, outcome, TestTokens.bearer(role), body);
    }

    protected ApiResponse act(ProposalId proposalId, String stepId, String outcome, String bearer, String body) {
        return api.post("/api/approvals/routes/" + proposalId + "/steps/" + stepId + "/" + outcome, body,
                "Authorization", bearer);
    }

    /** Publishes a submission and waits until its route is open. */
    protected JsonNode submitted(ProposalSubmitted submission) {
        publish(submission, UUID.randomUUID().toString(), null);
        return awaitRoute(submission.proposalId(), r -> true);
    }

    /** The step of a route by id. */
    protected static JsonNode step(JsonNode route, String stepId) {
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                if (step.get("stepId").asString().equals(stepId)) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step " + stepId + " in " + route);
    }

    protected JsonNode awaitRoute(ProposalId proposalId, java.util.function.Predicate<JsonNode> condition) {
        String path = "/api/approvals/routes/" + proposalId;
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            ApiResponse response = api.get(path, "Authorization", TestTokens.bearer(Role.AUTHOR));
            if (response.status() != 200 || !condition.test(response.json())) {
                return false;
            }
            found[0] = response.json();
            return true;
        });
        return found[0];
    }

    /** "stage stepId role state" per step, in route order. */
    protected static List<String> steps(JsonNode route) {
        List<String> steps = new ArrayList<>();
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                steps.add(stage.get("number").asInt() + " " + step.get("stepId").asString() + " "
                        + step.get("role").asString() + " " + step.get("state").asString());
            }
        }
        return steps;
    }

    protected long events(String routeId) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, routeId);
        return count == null ? 0 : count;
    }

    protected ConsumerRecord<String, byte[]> awaitPublished(ProposalId proposalId, String eventType) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "approval-test-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.APPROVAL);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (proposalId.toString().equals(r.key()) && eventType.equals(header(r, EventHeaders.EVENT_TYPE))) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    protected static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
