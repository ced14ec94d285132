package nl.hamerslag.platform.messaging;

import nl.hamerslag.platform.testapp.FussyProjection;
import nl.hamerslag.platform.testapp.TallyApi;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

@HamerslagIntegrationTest
class HandlerErrorIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    FussyProjection projection;

    @Test
    void aFailingEventHandlerHaltsItsProcessorInsteadOfSkippingTheEvent() {
        TallyApi api = new TallyApi(port);
        String before = api.create("before");
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.hasSeen(before));

        String unreadable = api.create("unreadable");
        String after = api.create("readable");

        // with a logging error handler the next event would be projected within milliseconds; the
        // processor retries the failing one instead (after 1 s, 2 s, 4 s, ...) and gets no further
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6))
                .until(() -> !projection.hasSeen(after) && !projection.hasSeen(unreadable));
    }
}
