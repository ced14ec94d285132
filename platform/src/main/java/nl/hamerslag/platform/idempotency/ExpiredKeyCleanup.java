package nl.hamerslag.platform.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Removes keys past their retention, run by a request that uses a key: no scheduler to start or stop, and a
 * service that receives no keyed requests has nothing new to remove. At most once a minute per instance, so
 * that one request in many pays for one indexed delete.
 */
class ExpiredKeyCleanup {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ExpiredKeyCleanup.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private final AtomicReference<Instant> due;

    ExpiredKeyCleanup(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.due = new AtomicReference<>(clock.instant());
    }

    void runIfDue() {
        Instant now = clock.instant();
        Instant current = due.get();
        // of the requests that find it due, exactly one wins the compare-and-set and runs it
        if (now.isBefore(current) || !due.compareAndSet(current, now.plus(INTERVAL))) {
            return;
        }
        try {
            int removed = store.removeExpired();
            log.debug("Removed {} expired Idempotency-Keys", removed);
        } catch (DataAccessException e) {
            // the request goes on: an expired key counts as new anyway, and the next run removes it
            log.warn("Could not remove expired Idempotency-Keys ({}); the next run in {} tries again.",
                    e.getMessage(), INTERVAL);
        }
    }
}
