package nl.hamerslag.followup.query;

import nl.hamerslag.platform.identity.Caller;

import java.time.Instant;
import java.util.UUID;

/**
 * A webhook subscription: where to deliver, for whom (the owner, whose visibility filters every
 * delivery), and from which position of the event store on.
 */
public record Subscription(UUID id, String url, String description, Caller owner, long fromPosition, Instant createdAt) {
}
