package nl.hamerslag.approval.web;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.EventHeaders;
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

/** The route on the real parts: a ProposalSubmitted record on Kafka in, HTTP sign-off, RouteCompleted on Kafka out. */
class ApprovalRouteIntegrationTest extends ApprovalIntegrationTest {

    @Test
    void aSubmittedProposalIsSignedOffInOrderByTheRightRolesAndItsCompletionIsPublished() {
        ProposalSubmitted submitted = submission(true, true);
        String path = "/api/approvals/routes/" + submitted.proposalId();
        publish(submitted, UUID.randomUUID().toString(), null);

        JsonNode route = awaitRoute(submitted.proposalId(), r -> true);
        assertThat(route.get("status").asString()).isEqualTo("OPEN");
        assertThat(route.get("version").asString()).isEqualTo(submitted.version().value());
        assertThat(steps(route)).containsExactly(
                "1 manager MANAGER DUE", "2 financial-controller FINANCIAL_CONTROLLER WAITING",
                "2 legal-controller LEGAL_CONTROLLER WAITING", "3 municipal-secretary MUNICIPAL_SECRETARY WAITING");
        String routeId = route.get("routeId").asString();

        long eventsBefore = events(routeId);
        ApiResponse wrongRole = approve(path, "manager", Role.LEGAL_CONTROLLER, null);
        assertThat(wrongRole.status()).as(wrongRole.toString()).isEqualTo(403);
        assertThat(wrongRole.contentType()).startsWith("application/problem+json");
        ApiResponse notYetDue = approve(path, "municipal-secretary", Role.MUNICIPAL_SECRETARY, null);
        assertThat(notYetDue.status()).as(notYetDue.toString()).isEqualTo(409);
        assertThat(notYetDue.contentType()).startsWith("application/problem+json");
        ApiResponse unknownStep = approve(path, "mayor", Role.MANAGER, null);
        assertThat(unknownStep.status()).as(unknownStep.toString()).isEqualTo(404);
        assertThat(events(routeId)).as("a refused signature changes nothing").isEqualTo(eventsBefore);

        ApiResponse manager = approve(path, "manager", Role.MANAGER, "{\"remarks\":\"Akkoord, let op de planning.\"}");
        assertThat(manager.status()).as(manager.toString()).isEqualTo(204);
        JsonNode afterManager = awaitRoute(submitted.proposalId(), r -> steps(r).contains("1 manager MANAGER APPROVED"));
        JsonNode managerStep = afterManager.get("stages").get(0).get("steps").get(0);
        assertThat(managerStep.get("signedBy").get("subject").asString()).isEqualTo("mark.leidinggevende");
        assertThat(managerStep.get("signedBy").get("role").asString()).isEqualTo("MANAGER");
        assertThat(managerStep.get("remarks").asString()).isEqualTo("Akkoord, let op de planning.");
        assertThat(managerStep.get("signedAt").isNull()).isFalse();
        assertThat(steps(afterManager)).contains("2 financial-controller FINANCIAL_CONTROLLER DUE",
                "2 legal-controller LEGAL_CONTROLLER DUE");

        assertThat(approve(path, "manager", Role.MANAGER, null).status()).as("approved once").isEqualTo(409);
        assertThat(approve(path, "financial-controller", Role.FINANCIAL_CONTROLLER,
                "{\"version\":\"" + submitted.version() + "\"}").status()).isEqualTo(204);
        assertThat(approve(path, "municipal-secretary", Role.MUNICIPAL_SECRETARY, null).status())
                .as("the secretary waits for both controllers").isEqualTo(409);
        assertThat(approve(path, "legal-controller", Role.LEGAL_CONTROLLER, null).status()).isEqualTo(204);
        assertThat(approve(path, "municipal-secretary", Role.MUNICIPAL_SECRETARY, null).status()).isEqualTo(204);

        JsonNode completed = awaitRoute(submitted.proposalId(), r -> r.get("status").asString().equals("COMPLETED"));
        assertThat(steps(completed)).allMatch(s -> s.endsWith("APPROVED"));

        ConsumerRecord<String, byte[]> published = awaitPublished(submitted.proposalId(), "RouteCompleted");
        JsonNode event = json.readTree(published.value());
        assertThat(event.get("routeId").asString()).isEqualTo(routeId);
        assertThat(event.get("version").asString()).isEqualTo(submitted.version().value());
    }

    @Test
    void theSameSubmissionDeliveredAgainOpensOneRoute() {
        ProposalSubmitted submitted = submission(false, false);
        String eventId = UUID.randomUUID().toString();
        // one partition, so the marker below is consumed only after every delivery before it
        publish(submitted, eventId, 0);
        publish(submitted, eventId, 0);
        publish(submitted, UUID.randomUUID().toString(), 0); // the same submission sent again as a new message
        ProposalSubmitted marker = submission(false, false);
        publish(marker, UUID.randomUUID().toString(), 0);

        awaitRoute(marker.proposalId(), r -> true);
        JsonNode route = awaitRoute(submitted.proposalId(), r -> true);
        assertThat(steps(route)).containsExactly("1 manager MANAGER DUE", "2 municipal-secretary MUNICIPAL_SECRETARY WAITING");
        Long opened = jdbc.queryForObject("""
                select count(*) from domain_event_entry
                 where payload_type like '%RouteOpened' and convert_from(payload, 'UTF8')::json ->> 'proposalId' = ?""",
                Long.class, submitted.proposalId().toString());
        assertThat(opened).isEqualTo(1);
    }

    @Test
    void aProposalWithoutARouteIsNotFound() {
        String path = "/api/approvals/routes/" + ProposalId.newId();

        ApiResponse get = api.get(path, "Authorization", TestTokens.bearer(Role.AUDITOR));
        ApiResponse post = approve(path, "manager", Role.MANAGER, null);

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.contentType()).startsWith("application/problem+json");
        assertThat(post.status()).isEqualTo(404);
    }

    @Test
    void theApiIsDescribedInDutchWithItsRefusals() {
        ApiResponse docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode approve = docs.json().get("paths").get("/api/approvals/routes/{proposalId}/steps/{stepId}/approve");
        assertThat(approve.get("post").get("summary").asString()).isEqualTo("Akkoord geven op een stap");
        assertThat(approve.get("post").get("responses").propertyNames()).contains("204", "403", "404", "409");
        assertThat(approve.get("post").get("responses").get("404").get("description").asString())
                .as("whoever may not see the proposal gets 404").contains("niet zien");
        assertThat(approve.get("post").get("responses").get("403").get("description").asString())
                .contains("afdeling").contains("eigen voorstel");
        List<String> parameters = new java.util.ArrayList<>();
        approve.get("post").get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).as("the caller comes from the token, not from a parameter").containsExactly("proposalId", "stepId");
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.get("/api/approvals/routes/{proposalId}/steps/{stepId}/refuse").get("post").get("summary").asString())
                .isEqualTo("Niet akkoord geven op een stap");
        assertThat(paths.get("/api/approvals/routes/{proposalId}/steps/{stepId}/delegate").get("post")
                .get("responses").propertyNames()).contains("204", "400", "403", "409", "422");
        assertThat(paths.get("/api/approvals/routes/{proposalId}/steps/{stepId}/skip")).isNotNull();
        assertThat(paths.get("/api/approvals/inbox").get("get").get("summary").asString()).isEqualTo("Mijn te accorderen stappen");
        assertThat(paths.get("/api/approvals/overdue")).isNotNull();
        assertThat(paths.get("/api/approvals/stats")).isNotNull();
        assertThat(docs.json().get("info").get("description").asString()).startsWith("Accorderen:");
    }
}
