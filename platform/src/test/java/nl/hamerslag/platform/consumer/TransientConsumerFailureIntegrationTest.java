package nl.hamerslag.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import nl.hamerslag.platform.testapp.PickyListener;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record that fails because something it needs is away is retried until it succeeds, for as long
 * as that takes, and the health and metrics show it meanwhile; nothing is parked or skipped.
 */
@HamerslagIntegrationTest
class TransientConsumerFailureIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    PickyListener picky;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransientFailureIsRetriedUntilItPassesVisibleInHealthAndMetrics() {
        TallyApi api = new TallyApi(port);
        String tally = api.create("transient");
        picky.makeUnreachable(tally);
        api.count(tally);
        api.count(tally);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumersHealth().toString().contains("the picky database is away"));
        JsonNode consumers = consumersHealth();
        assertThat(consumers.get("status").asString()).isEqualTo("DOWN");
        assertThat(consumers.get("details").get("retrying").toString()).contains(PickyListener.GROUP)
                .contains("hamerslag.drafting.events.v1").contains("TallyCounted");
        await().atMost(Duration.ofSeconds(60)).until(() -> meters.get("hamerslag.consumer.retries").counter().count() >= 3);
        assertThat(meters.get("hamerslag.consumer.failing").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(picky.applied(tally)).isEmpty();

        picky.heal(tally);
        await().atMost(Duration.ofSeconds(90)).until(() -> picky.applied(tally).size() == 2);
        assertThat(picky.applied(tally)).containsExactly(1, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumersHealth().get("status").asString().equals("UP"));
        Long parked = jdbc.queryForObject("select count(*) from parked_record where record_key = ("
                + "select convert_from(payload, 'UTF8')::json ->> 'proposalId' from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 0)", Long.class, tally);
        assertThat(parked).as("a transient failure parks nothing").isZero();
    }

    private JsonNode consumersHealth() {
        ApiResponse health = new TallyApi(port).client().get("/actuator/health",
                "Authorization", TestTokens.bearer(Role.ADMIN)); // details are for an ADMIN only
        JsonNode consumers = health.json().get("components").get("consumers");
        assertThat(consumers).as(health.toString()).isNotNull();
        return consumers;
    }
}
