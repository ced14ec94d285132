package nl.hamerslag.platform.observability;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The global index of the newest stored event, asked of the event store at most once a second:
 * every processor's lag gauge reads it on each scrape.
 */
class EventStoreHead {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final EventStore eventStore;
    private final Clock clock;
    private long head = -1;
    private Instant readAt = Instant.MIN;

    EventStoreHead(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    synchronized long position() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            TrackingToken token = eventStore.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            readAt = now;
        }
        return head;
    }
}
