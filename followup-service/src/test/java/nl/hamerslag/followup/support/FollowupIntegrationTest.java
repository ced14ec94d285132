package nl.hamerslag.followup.support;

import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.MovableClock;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The follow-up service on the real parts, one shared context for every follow-up integration test,
 * its deadlines judged by the {@link MovableClock} the tests move; webhooks retried within a second,
 * so that back-off and dead deliveries are seen in a test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@HamerslagIntegrationTest
@TestPropertySource(properties = {
        "hamerslag.followup.webhooks.poll-interval=100ms",
        "hamerslag.followup.webhooks.initial-backoff=200ms",
        "hamerslag.followup.webhooks.max-backoff=1s",
        "hamerslag.followup.webhooks.max-attempts=3",
        "hamerslag.followup.webhooks.timeout=5s",
        "hamerslag.followup.stream.heartbeat=1s",
        // a test that reads a stream to its end waits no longer than this
        "hamerslag.followup.stream.timeout=3s"})
public @interface FollowupIntegrationTest {
}
