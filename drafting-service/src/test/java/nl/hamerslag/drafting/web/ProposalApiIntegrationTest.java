package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DraftingIntegrationTest
class ProposalApiIntegrationTest {

    static final String VALID = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Groener plein",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":false,"decidingBody":"COLLEGE"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api;
    DraftingApi drafting;

    @BeforeEach
    void setUp() {
        drafting = new DraftingApi(port);
        api = drafting.client();
    }

    private ApiResponse draft(String body, Role role) {
        return api.post("/api/proposals", body, "Authorization", TestTokens.bearer(role));
    }

    private String draftedId() {
        ApiResponse created = draft(VALID, Role.AUTHOR);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void anAuthorDraftsAProposalAndCanReadItBackAtItsLocation() {
        ApiResponse created = draft(VALID, Role.AUTHOR);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/proposals/" + id);
        ApiResponse read = api.get("/api/proposals/" + id, "Authorization", TestTokens.bearer(Role.MANAGER));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(read.json().get("confidentiality").asString()).isEqualTo("openbaar");
        assertThat(read.json().get("author").asString()).isEqualTo("anna.steller");
    }

    @Test
    void submittingPublishesProposalSubmittedKeyedByTheProposal() {
        String id = draftedId();

        ApiResponse submitted = drafting.submittedWithMain(id);

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        ConsumerRecord<String, byte[]> record = awaitRecord(Topics.DRAFTING, id, "ProposalSubmitted");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .contains("\"financialConsequences\":true")
                .contains(submitted.json().get("submittedVersion").asString())
                .contains(ContentHash.sha256(Files.PDF).value());
    }

    @Test
    void aCompletedRouteMarksTheProposalApprovedOnceEvenWhenDeliveredTwice() {
        String id = draftedId();
        ApiResponse submitted = drafting.submittedWithMain(id);
        String version = submitted.json().get("submittedVersion").asString();

        ProducerRecord<String, byte[]> completed = RelayedRecord.of(Topics.APPROVAL,
                new RouteCompleted(ProposalId.of(id), "route-" + id, ContentHash.of(version)));
        kafka.send(completed);
        kafka.send(completed);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/proposals/" + id, "Authorization", TestTokens.bearer(Role.AUTHOR)).json().get("status").asString())
                .isEqualTo("APPROVED"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> approvedEvents(id) == 1);
    }

    @Test
    void anotherRoleCannotDraftAndNothingIsStored() {
        long before = events();
        ApiResponse response = draft(VALID, Role.MANAGER);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMissingTitleIsRefusedNamingTheField() {
        ApiResponse response = draft(VALID.replace("\"title\":\"Herinrichting Marktplein\",", ""), Role.AUTHOR);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("title");
    }

    @Test
    void anUnknownConfidentialityIsRefusedListingTheZgwNames() {
        ApiResponse response = draft(VALID.replace("openbaar", "topgeheim"), Role.AUTHOR);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("topgeheim").contains("zeer_geheim");
    }

    @Test
    void anUnknownTypeIsRefused() {
        ApiResponse response = draft(VALID.replace("COLLEGE_PROPOSAL", "WISH"), Role.AUTHOR);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherAuthorCannotSubmitSomeoneElsesProposal() {
        String id = draftedId();
        String other = "Bearer " + TestTokens.forUser("piet.steller", "Piet Steller", "Ruimte", Role.AUTHOR);

        ApiResponse response = api.post("/api/proposals/" + id + "/submit", null, "Authorization", other);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aSubmittedProposalCannotBeSubmittedAgain() {
        String id = draftedId();
        drafting.submittedWithMain(id);

        ApiResponse again = api.post("/api/proposals/" + id + "/submit", null, "Authorization", TestTokens.bearer(Role.AUTHOR));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("SUBMITTED");
    }

    @Test
    void anUnknownProposalIs404AndAMalformedIdIs400() {
        assertThat(api.get("/api/proposals/00000000-0000-0000-0000-000000000000", "Authorization",
                TestTokens.bearer(Role.AUTHOR)).status()).isEqualTo(404);
        assertThat(api.get("/api/proposals/not-a-uuid", "Authorization", TestTokens.bearer(Role.AUTHOR)).status())
                .isEqualTo(400);
        assertThat(api.post("/api/proposals/00000000-0000-0000-0000-000000000000/submit", null, "Authorization",
                TestTokens.bearer(Role.AUTHOR)).status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        ApiResponse docs = api.get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/proposals", "/api/proposals/{id}",
                "/api/proposals/{id}/submit", "/api/proposals/{id}/withdraw", "/api/proposals/{id}/attachments",
                "/api/proposals/{id}/attachments/{attachmentId}", "/api/proposals/{id}/versions",
                "/api/proposals/{id}/versions/{version}", "/api/proposals/{id}/versions/{version}/attachments/{attachmentId}");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private long approvedEvents(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%ProposalApproved'", Long.class, id);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key, String type) {
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "test-" + key, false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, topic);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    String recordType = new String(r.headers().lastHeader("hamerslag-event-type").value(), StandardCharsets.UTF_8);
                    if (key.equals(r.key()) && type.equals(recordType)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
