package nl.hamerslag.identity;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(clock, 3);

    @Test
    void aVerifiedTokenIsReusedUntilItExpires() {
        tokens.verified("t", "jwt", NOW.minusSeconds(10), NOW.plusSeconds(60));

        assertThat(tokens.reuse("t")).contains("jwt");
        clock.now = NOW.plusSeconds(59);
        assertThat(tokens.reuse("t")).contains("jwt");
        clock.now = NOW.plusSeconds(60);
        assertThat(tokens.reuse("t")).as("expired: verified afresh, which refuses it").isEmpty();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheReuseTime() {
        tokens.verified("t", "jwt", null, NOW.plus(Duration.ofHours(8)));

        clock.now = NOW.plus(VerifiedTokens.REUSE).minusSeconds(1);
        assertThat(tokens.reuse("t")).contains("jwt");
        clock.now = NOW.plus(VerifiedTokens.REUSE);
        assertThat(tokens.reuse("t")).isEmpty();
    }

    @Test
    void onlyTheExactTokenMatches() {
        tokens.verified("header.claims.signature", "jwt", null, NOW.plusSeconds(60));

        assertThat(tokens.reuse("header.claims.signaturf")).isEmpty();
    }

    @Test
    void aTokenWithoutExpiryOrNotYetValidIsNeverKept() {
        tokens.verified("no-exp", "jwt", null, null);
        tokens.verified("early", "jwt", NOW.plusSeconds(5), NOW.plusSeconds(60));
        tokens.verified("past", "jwt", null, NOW.minusSeconds(1));

        assertThat(tokens.reuse("no-exp")).isEmpty();
        assertThat(tokens.reuse("early")).isEmpty();
        assertThat(tokens.reuse("past")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        for (int i = 0; i < 10; i++) {
            tokens.verified("t" + i, "jwt", null, NOW.plusSeconds(60));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(tokens.reuse("t9")).contains("jwt");
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
