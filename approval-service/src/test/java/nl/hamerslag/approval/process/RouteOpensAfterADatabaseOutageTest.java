package nl.hamerslag.approval.process;

import nl.hamerslag.approval.ApprovalApplication;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.drafting.ProposalWithdrawn;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
import nl.hamerslag.test.RestartablePostgres;
import nl.hamerslag.test.TestTokens;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Approval's database is away for longer than the minute after which a failing record used to go to
 * a dead-letter topic (docs/decisions/0019): a submission sent meanwhile still opens its route once
 * the database is back, and the withdrawal sent after it is applied after it. The service runs on a
 * PostgreSQL of this test's own, which it stops and starts again.
 */
@EmbeddedKafka(partitions = Topics.PARTITIONS,
        topics = {Topics.DRAFTING, Topics.APPROVAL, Topics.MEETING, Topics.PUBLICATION, Topics.FOLLOWUP})
class RouteOpensAfterADatabaseOutageTest {

    /**
     * Longer than the old error handler kept a record: 60 s of back-off, about 80 s in all with the
     * 2 s connection timeout below (75 s was seen to be too short to tell the two apart).
     */
    private static final Duration OUTAGE = Duration.ofSeconds(120);

    @Test
    void aSubmissionDuringALongDatabaseOutageOpensItsRouteAfterwardsAndTheWithdrawalBehindItFollows(
            EmbeddedKafkaBroker broker) throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start();
             Producer<String, byte[]> drafting = new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                     new StringSerializer(), new ByteArraySerializer()).createProducer()) {
            String url = postgres.createDatabase("approval_outage");
            try (ConfigurableApplicationContext approval = start(url, postgres, broker)) {
                ApiClient api = new ApiClient("http://localhost:" + approval.getEnvironment().getProperty("local.server.port"));
                ProposalSubmitted warmUp = submission();
                drafting.send(RelayedRecord.of(Topics.DRAFTING, warmUp)).get(30, TimeUnit.SECONDS);
                await().atMost(Duration.ofSeconds(90)).until(() -> route(api, warmUp.proposalId()) != null);

                postgres.stop();
                ProposalSubmitted submitted = submission();
                drafting.send(RelayedRecord.of(Topics.DRAFTING, submitted)).get(30, TimeUnit.SECONDS);
                drafting.send(RelayedRecord.of(Topics.DRAFTING, new ProposalWithdrawn(submitted.proposalId(),
                        new Actor("anna.steller", "Anna de Steller", Role.AUTHOR), "niet meer nodig")))
                        .get(30, TimeUnit.SECONDS);

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> failingSince(api, submitted.proposalId()) != null
                                && failingSince(api, submitted.proposalId()).isBefore(Instant.now().minus(OUTAGE)));
                postgres.restart();

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .until(() -> route(api, submitted.proposalId()) != null
                                && !"OPEN".equals(route(api, submitted.proposalId()).get("status").asString()));
                JsonNode route = route(api, submitted.proposalId());
                assertThat(route.get("version").asString()).isEqualTo(submitted.version().value());
                assertThat(route.get("closedReason").asString()).as("closed by the withdrawal, after it opened")
                        .isEqualTo(DraftingEventsTranslator.WITHDRAWN);
                await().atMost(Duration.ofMinutes(1)).until(() -> "UP".equals(consumers(api).get("status").asString()));
                assertThat(count(url, postgres, "select count(*) from parked_record")).as("nothing was parked").isZero();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, RestartablePostgres postgres, EmbeddedKafkaBroker broker) {
        // arguments, not default properties: they must win over application.yml
        return new SpringApplicationBuilder(ApprovalApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                // fail fast while the database is away, so the consumer's tries are seen
                "--spring.datasource.hikari.connection-timeout=2000",
                // the old error handler's own cap (ADR 0004: 0.5 s doubling to 10 s, a minute in all): its tries
                // during the outage add up to more back-off than that minute, as they did for the old handler,
                // and the first try after the restart comes within 10 s instead of up to 30
                "--hamerslag.kafka.consumer.max-back-off=10s",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--hamerslag.data-dir=" + TestTokens.dataDir(),
                "--server.port=0");
    }

    private static ProposalSubmitted submission() {
        ProposalId id = ProposalId.newId();
        Manifest manifest = new Manifest(ContentHash.sha256("outage " + id), List.of());
        return new ProposalSubmitted(id, manifest.version(), ProposalType.COLLEGE_PROPOSAL, "Herinrichting Marktplein",
                "Ruimte", "Wethouder Wim", Confidentiality.OPENBAAR, false, false, DecidingBody.COLLEGE, "anna.steller",
                manifest);
    }

    private static JsonNode route(ApiClient api, ProposalId proposalId) {
        ApiResponse response = api.get("/api/approvals/routes/" + proposalId, "Authorization", TestTokens.bearer(Role.AUTHOR));
        return response.status() == 200 ? response.json() : null;
    }

    private static JsonNode consumers(ApiClient api) {
        return api.get("/actuator/health", "Authorization", TestTokens.bearer(Role.ADMIN)).json().get("components").get("consumers");
    }

    /** Since when the consumer has been retrying the record of this proposal, or null. */
    private static Instant failingSince(ApiClient api, ProposalId proposalId) {
        JsonNode consumers = consumers(api);
        if (consumers == null || consumers.get("details") == null || consumers.get("details").get("retrying") == null) {
            return null;
        }
        for (JsonNode failing : consumers.get("details").get("retrying")) {
            if (proposalId.toString().equals(failing.get("key").asString())) {
                return Instant.parse(failing.get("since").asString());
            }
        }
        return null;
    }

    private static long count(String url, RestartablePostgres postgres, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
