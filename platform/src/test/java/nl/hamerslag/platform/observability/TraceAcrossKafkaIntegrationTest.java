package nl.hamerslag.platform.observability;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the request to the consuming service: the trace id of the HTTP request that counts a
 * tally is stored with the event, sent by the relay as the Kafka header {@code traceparent}, and the
 * test app's downstream consumer (its inbox, then the command it sends) handles the record inside that
 * same trace. The receipt it stores carries the trace id it saw while handling.
 */
@HamerslagIntegrationTest
class TraceAcrossKafkaIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @Test
    void theTraceIdOfTheProducingRequestSurvivesTheHopThroughKafkaIntoTheConsumersHandling() {
        String traceId = hex(16);
        String requestSpan = hex(8);
        TallyApi api = new TallyApi(port);
        String id = api.create("traced");
        ApiResponse counted = api.client().post("/api/tallies/" + id + "/count", null,
                "Authorization", TestTokens.bearer(Role.AUTHOR),
                "traceparent", "00-" + traceId + "-" + requestSpan + "-01");
        assertThat(counted.status()).as(counted.toString()).isEqualTo(204);

        DomainEventMessage<?> stored = events(id).get(1);
        assertThat(TraceParent.traceId(stored.getMetaData().get(TraceParent.TRACEPARENT)))
                .as("the event is stored with the trace of the request that caused it")
                .isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(30)).until(() -> !events("ledger-" + id).isEmpty());
        Object seenByConsumer = events("ledger-" + id).get(0).getMetaData().get(TraceParent.TRACEPARENT);
        assertThat(TraceParent.traceId(seenByConsumer))
                .as("the consumer handled the Kafka record inside the producing request's trace")
                .isEqualTo(traceId);
        assertThat(seenByConsumer.toString())
                .as("in a span of its own, not the request's")
                .doesNotContain(requestSpan);
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C calls invalid
        return HexFormat.of().formatHex(random);
    }
}
