package nl.hamerslag.platform.idempotency;

import nl.hamerslag.test.HamerslagIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The key table's rules that no HTTP test can reach in order: an overtaken request, the cleanup's rhythm. */
@HamerslagIntegrationTest
class IdempotencyStoreTest {

    private static final IdempotencyProperties DEFAULTS = new IdempotencyProperties(null, null, null);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRequestOvertakenAfterTheInProgressTimeoutDoesNotOverwriteTheAnswerOfTheRetryThatTookOver() {
        IdempotencyStore store = new IdempotencyStore(jdbc, DEFAULTS);
        String key = UUID.randomUUID().toString();
        KeyClaim slow = KeyClaim.newClaim(key, "someone");
        KeyClaim retry = KeyClaim.newClaim(key, "someone");
        assertThat(store.claim(slow, "POST", "/api/things", hash('a'))).isEmpty();
        age(key, "3 minutes");

        assertThat(store.claim(retry, "POST", "/api/things", hash('a'))).as("taken over").isEmpty();
        assertThat(store.complete(retry, 201, null, "/api/things/2", null)).isTrue();
        assertThat(store.complete(slow, 201, null, "/api/things/1", null)).isFalse();
        store.release(slow);

        assertThat(jdbc.queryForObject("select location from idempotent_request where idempotency_key = ?",
                String.class, key)).isEqualTo("/api/things/2");
    }

    @Test
    void theCleanupRemovesKeysPastTheirRetentionAtMostOnceAMinute() {
        IdempotencyStore store = new IdempotencyStore(jdbc, DEFAULTS);
        MovableClock clock = new MovableClock();
        ExpiredKeyCleanup cleanup = new ExpiredKeyCleanup(store, clock);
        String old = claimed(store);
        String fresh = claimed(store);
        age(old, "25 hours");

        cleanup.runIfDue();
        String oldAgain = claimed(store);
        age(oldAgain, "25 hours");
        cleanup.runIfDue();

        assertThat(rows(old)).as("past its retention").isZero();
        assertThat(rows(fresh)).isOne();
        assertThat(rows(oldAgain)).as("not within a minute of the last cleanup").isOne();

        clock.now = clock.now.plus(ExpiredKeyCleanup.INTERVAL);
        cleanup.runIfDue();

        assertThat(rows(oldAgain)).isZero();
    }

    private String claimed(IdempotencyStore store) {
        String key = UUID.randomUUID().toString();
        store.claim(KeyClaim.newClaim(key, "someone"), "POST", "/api/things", hash('b'));
        return key;
    }

    private int rows(String key) {
        return new KeyRows(jdbc).count(key);
    }

    private void age(String key, String interval) {
        new KeyRows(jdbc).age(key, interval);
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
