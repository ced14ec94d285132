package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.projection.RebuildProgress.Outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild's progress, written by the rebuilding thread and read by anyone asking. */
final class Rebuild {

    private final Projection projection;
    private final String startedBy;
    private final Clock clock;
    private final Instant startedAt;
    private final long eventsTotal;
    private final AtomicLong eventsDone = new AtomicLong();
    private volatile Outcome outcome = Outcome.RUNNING;
    private volatile Instant finishedAt;
    private volatile String failure;

    Rebuild(Projection projection, String startedBy, Clock clock, long eventsTotal) {
        this.projection = projection;
        this.startedBy = startedBy;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.eventsTotal = eventsTotal;
    }

    Projection projection() {
        return projection;
    }

    void counted() {
        eventsDone.incrementAndGet();
    }

    void done() {
        finishedAt = clock.instant();
        outcome = Outcome.DONE;
    }

    void failed(String why) {
        failure = why;
        finishedAt = clock.instant();
        outcome = Outcome.FAILED;
    }

    boolean running() {
        return outcome == Outcome.RUNNING;
    }

    RebuildProgress progress() {
        long done = eventsDone.get();
        Instant until = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Long left = outcome != Outcome.RUNNING || rate <= 0 ? null
                : Math.round(Math.max(eventsTotal - done, 0) / rate);
        return new RebuildProgress(outcome, startedBy, startedAt, finishedAt, done, Math.max(eventsTotal, done),
                Math.round(rate * 10) / 10.0, left, failure);
    }
}
