package nl.hamerslag.platform.parking;

/**
 * Audit: an ADMIN set a parked record aside without applying it, for {@code reason}. Stored in the
 * service's event store, keyed by the parked record id.
 */
public record ParkedRecordResolved(String parkedRecordId, String consumerGroup, String topic, int partition,
                                   long offset, String key, String eventId, String eventType, String reason) {
}
