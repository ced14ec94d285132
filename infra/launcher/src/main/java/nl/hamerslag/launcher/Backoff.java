package nl.hamerslag.launcher;

import java.time.Duration;

/**
 * When to restart a component that died, and when to stop trying (ADR 0023). A component that stayed
 * up for {@code stableAfter} starts over at {@code first}; one that keeps dying within that time waits
 * twice as long each time, up to {@code max}, and after {@code maxQuickRestarts} such restarts in a
 * row it is left down: restarting it again would only hide the error behind a loop.
 *
 * @param first            the wait before the first restart
 * @param max              the longest wait
 * @param stableAfter      uptime after which a death is no longer a quick failure
 * @param maxQuickRestarts how many restarts in a row may die quickly before the launcher gives up
 */
record Backoff(Duration first, Duration max, Duration stableAfter, int maxQuickRestarts) {

    /** 1 s, 2 s, 4 s, ... up to 60 s; reset after 2 minutes up; give up after 5 quick restarts in a row. */
    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(2), 5);

    /** Whether a death after this uptime counts towards giving up. */
    boolean isQuick(Duration uptime) {
        return uptime.compareTo(stableAfter) < 0;
    }

    /** True when the {@code quickFailures}-th quick death in a row should not be restarted any more. */
    boolean givesUp(int quickFailures) {
        return quickFailures > maxQuickRestarts;
    }

    /** The wait before the restart after the {@code quickFailures}-th quick death in a row (1 for the first). */
    Duration delay(int quickFailures) {
        Duration d = first;
        for (int i = 1; i < quickFailures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
