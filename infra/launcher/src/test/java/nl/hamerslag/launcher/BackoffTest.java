package nl.hamerslag.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = Backoff.DEFAULT;

    @Test
    void theWaitDoublesFromOneSecondUpToAMinute() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(backoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aDeathAfterTwoMinutesUpIsNoQuickFailureSoTheCountStartsOver() {
        assertThat(backoff.isQuick(Duration.ofSeconds(119))).isTrue();
        assertThat(backoff.isQuick(Duration.ofMinutes(2))).isFalse();
    }

    @Test
    void fiveQuickRestartsInARowAreTriedAndTheSixthQuickDeathIsGivenUp() {
        assertThat(backoff.givesUp(5)).isFalse();
        assertThat(backoff.givesUp(6)).isTrue();
    }
}
