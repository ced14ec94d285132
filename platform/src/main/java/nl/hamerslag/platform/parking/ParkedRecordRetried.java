package nl.hamerslag.platform.parking;

/**
 * Audit: an ADMIN retried a parked record; {@code applied} says whether it was applied this time
 * ({@code error} says why not). Stored in the service's event store, keyed by the parked record id.
 */
public record ParkedRecordRetried(String parkedRecordId, String consumerGroup, String topic, int partition,
                                  long offset, String key, String eventId, String eventType, boolean applied,
                                  String error) {
}
