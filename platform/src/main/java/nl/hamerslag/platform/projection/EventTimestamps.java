package nl.hamerslag.platform.projection;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Duration;

/**
 * Gives new events their time to the millisecond, the precision the event store keeps. Otherwise a
 * subscribing projection sees the time with microseconds when the event is new and without them when
 * it is replayed, and a rebuilt projection differs from the one it replaces (found by the rebuild tests).
 */
final class EventTimestamps {

    private EventTimestamps() {
    }

    static void toTheMillisecond() {
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
