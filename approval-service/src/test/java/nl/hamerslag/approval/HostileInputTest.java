package nl.hamerslag.approval;

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
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.RelayedRecord;
import nl.hamerslag.test.hostile.ApiOperation;
import nl.hamerslag.test.hostile.EveryRoleToken;
import nl.hamerslag.test.hostile.HostileInputHarness;
import nl.hamerslag.test.hostile.HostileReport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of approval's OpenAPI document with hostile values (ADR 0022): no 5xx, every
 * error problem+json, nothing stored by a refusal. Each operation gets a route of its own, opened
 * by a ProposalSubmitted as drafting's relay sends it, with the manager step due.
 */
@HamerslagIntegrationTest
class HostileInputTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void noHostileInputIsAServerErrorOrStoredWhenRefused() {
        String bearer = EveryRoleToken.bearer();

        HostileReport report = HostileInputHarness.against("approval-service", port, jdbc)
                .bearer(bearer)
                .knownValues(operation -> routeFor(operation, bearer))
                .run();

        report.assertNoFindings();
        assertThat(report.onDocumentedOperations()).isGreaterThanOrEqualTo(1000);
    }

    private Map<String, String> routeFor(ApiOperation operation, String bearer) {
        if (operation.probe() || !operation.path().contains("{proposalId}")) {
            return Map.of();
        }
        ProposalId id = ProposalId.newId();
        Manifest manifest = new Manifest(ContentHash.sha256("content of " + id), List.of());
        ProposalSubmitted submitted = new ProposalSubmitted(id, manifest.version(), ProposalType.COLLEGE_PROPOSAL,
                "Herinrichting Marktplein", "Ruimte", "Wethouder Wim", Confidentiality.OPENBAAR, true, true,
                DecidingBody.COLLEGE, "anna.steller", manifest);
        ProducerRecord<String, byte[]> record = RelayedRecord.of(Topics.DRAFTING, submitted);
        header(record, EventHeaders.AGGREGATE_ID, id.toString());
        header(record, EventHeaders.AGGREGATE_SEQUENCE, "4");
        header(record, EventHeaders.ACTOR_SUBJECT, "anna.steller");
        header(record, EventHeaders.ACTOR_NAME, "Anna de Steller");
        header(record, EventHeaders.ACTOR_ROLE, Role.AUTHOR.name());
        header(record, EventHeaders.CAUSATION_ID, "request:" + UUID.randomUUID());
        header(record, EventHeaders.HASH, ContentHash.sha256(id.toString()).value());
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the submission", e);
        }
        ApiClient api = new ApiClient("http://localhost:" + port);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/approvals/routes/" + id, "Authorization", bearer).status() == 200);
        return Map.of("proposalId", id.toString(), "stepId", "manager");
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
