package nl.hamerslag.platform.observability;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import nl.hamerslag.platform.relay.KafkaRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /actuator/prometheus: for ADMIN only, and it exposes every meter the Grafana dashboard in
 * infra/observability queries, with the outcomes and groups the operator reads there.
 */
@HamerslagIntegrationTest
class MetricsIntegrationTest {

    /** An incoming event type of the test's own, so that the inbox below touches nothing else. */
    record MetricsProbe(String id) {
    }

    @LocalServerPort
    int port;
    @Autowired
    Inbox inbox;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theMetricsAreForAdminsOnly() {
        TallyApi api = new TallyApi(port);
        api.create("seen by an admin");
        ApiClient client = api.client();

        assertThat(client.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(client.get("/actuator/prometheus", "Authorization", TestTokens.bearer(Role.AUTHOR)).status())
                .isEqualTo(403);
        assertThat(scrape()).contains("hamerslag_commands_total");
    }

    @Test
    void everyMetricTheDashboardQueriesIsOneTheServiceExposes() {
        TallyApi api = new TallyApi(port);
        String id = api.create("metered");
        api.count(id);
        ApiResponse refused = api.client().post("/api/tallies/" + UUID.randomUUID() + "/count", null,
                "Authorization", TestTokens.bearer(Role.AUTHOR));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        dropOneDuplicate();

        Set<String> exposed = new TreeSet<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            exposed.clear();
            exposed.addAll(names(scrape()));
            assertThat(exposed).contains("hamerslag_relay_lag_events");
        });
        Set<String> queried = new TreeSet<>();
        DashboardQueries.queries(DashboardQueries.DASHBOARD).forEach(q -> queried.addAll(DashboardQueries.metricNames(q)));

        assertThat(queried).as("the dashboard's queries were read").contains("hamerslag_commands_total",
                "http_server_requests_seconds_bucket");
        assertThat(exposed).containsAll(queried);
    }

    @Test
    void commandsAreCountedByTypeAndOutcomeAndEveryStreamingProcessorHasItsLag() {
        TallyApi api = new TallyApi(port);
        api.count(api.create("counted"));
        api.client().post("/api/tallies/" + UUID.randomUUID() + "/count", null, "Authorization", TestTokens.bearer(Role.AUTHOR));

        String metrics = scrape();
        assertThat(metrics).containsPattern("hamerslag_commands_total\\{[^}]*command=\"CountTally\"[^}]*outcome=\"handled\"")
                .containsPattern("hamerslag_commands_total\\{[^}]*command=\"CountTally\"[^}]*outcome=\"refused\"")
                .containsPattern("hamerslag_processor_lag_events\\{[^}]*group=\"kafka-relay\"")
                .containsPattern("hamerslag_parked_records\\{[^}]*state=\"PARKED\"")
                .containsPattern("service=\"platform-test-app\"")
                .contains("http_server_requests_seconds_bucket");
    }

    @Test
    void whileTheRelayIsStoppedItsLagAndTheAgeOfTheOldestUnsentEventGrowAndFallBackWhenItRuns() {
        TrackingEventProcessor relay = processing.eventProcessor(KafkaRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        TallyApi api = new TallyApi(port);
        relay.shutDown();
        try {
            api.count(api.create("waits for the relay"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(gauge("hamerslag.relay.lag")).isGreaterThanOrEqualTo(2);
                assertThat(gauge("hamerslag.relay.oldest.unsent")).isGreaterThan(0);
            });
        } finally {
            relay.start();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gauge("hamerslag.relay.lag")).isZero();
            assertThat(gauge("hamerslag.relay.oldest.unsent")).isZero();
            assertThat(meters.get("hamerslag.processor.lag").tag("group", KafkaRelay.PROCESSING_GROUP).gauge().value())
                    .isZero();
        });
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    /** The same event delivered twice: the second delivery has no effect and is counted as a duplicate. */
    private void dropOneDuplicate() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.DRAFTING, 0, 0,
                UUID.randomUUID().toString(), "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "MetricsProbe".getBytes(StandardCharsets.UTF_8));
        AtomicInteger effects = new AtomicInteger();
        inbox.receive("metrics-test", record, MetricsProbe.class, probe -> effects.incrementAndGet());
        inbox.receive("metrics-test", record, MetricsProbe.class, probe -> effects.incrementAndGet());
        assertThat(effects).hasValue(1);
    }

    private String scrape() {
        ApiResponse answer = new TallyApi(port).client().get("/actuator/prometheus",
                "Authorization", TestTokens.bearer(Role.ADMIN));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> names(String exposition) {
        return exposition.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .toList();
    }
}
