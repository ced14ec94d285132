package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.IntegrationEvent;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.util.Optional;

/**
 * One follow-up event as the feeds hand it out: its position in the event store (the global index,
 * the SSE id), its event id (the Kafka header and the webhook id), its type and the event itself.
 */
public record StreamedEvent(long position, String eventId, String type, Instant occurredAt, IntegrationEvent event) {

    /** The package whose {@link IntegrationEvent}s are follow-up's published language. */
    public static final String PUBLISHED_PACKAGE = "nl.hamerslag.contracts.followup";

    /** Whether the payload is a published follow-up event (and not, e.g., an internal one). */
    public static boolean isPublished(Object payload) {
        return payload instanceof IntegrationEvent && payload.getClass().getPackageName().equals(PUBLISHED_PACKAGE);
    }

    /** The published follow-up event of a tracked message; empty for any other message. */
    public static Optional<StreamedEvent> of(TrackedEventMessage<?> message) {
        if (!isPublished(message.getPayload()) || message.trackingToken().position().isEmpty()) {
            return Optional.empty();
        }
        IntegrationEvent event = (IntegrationEvent) message.getPayload();
        return Optional.of(new StreamedEvent(message.trackingToken().position().getAsLong(), message.getIdentifier(),
                event.getClass().getSimpleName(), message.getTimestamp(), event));
    }
}
