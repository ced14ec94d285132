package nl.hamerslag.followup.query;

import java.time.Instant;
import java.util.UUID;

/**
 * One event delivered (or being delivered) to one subscription.
 *
 * @param state PENDING until the receiver answers 2xx (DELIVERED) or every attempt failed (DEAD)
 */
public record WebhookDelivery(UUID id, UUID subscriptionId, String eventId, long position, String eventType,
                              String state, int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError,
                              Instant createdAt, Instant deliveredAt) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String DEAD = "DEAD";
}
