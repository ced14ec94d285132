package nl.hamerslag.platform.parking;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A Kafka record this service set aside: it failed in a way a retry cannot fix ({@link State#PARKED}),
 * or it waits behind such a record of the same key ({@link State#WAITING}) so that it is applied in order.
 */
@Schema(description = "Een geparkeerd Kafka-bericht: het kon niet verwerkt worden (PARKED), of het wacht achter "
        + "een eerder geparkeerd bericht van hetzelfde voorstel (WAITING). Afgehandeld: APPLIED of RESOLVED.")
public record ParkedRecord(UUID id, String consumerGroup, String topic, int partition, long offset, String key,
                           String eventId, String eventType, State state, String error, Instant parkedAt,
                           Instant settledAt, String settledBy, String reason) {

    public enum State {
        /** Failed itself; waits for an ADMIN. */
        PARKED,
        /** Behind an earlier parked record of the same key; applied when that one is settled. */
        WAITING,
        /** Applied after all, by a retry or when released. */
        APPLIED,
        /** Set aside by an ADMIN without applying it, with a reason. */
        RESOLVED
    }

    /** The records of one key in one partition for one consumer group: the unit that is kept in order. */
    public Sequence sequence() {
        return new Sequence(consumerGroup, topic, partition, key);
    }

    public record Sequence(String consumerGroup, String topic, int partition, String key) {

        /** A lock name for pg_advisory_xact_lock: the check-then-park of a consumer and a release take turns. */
        String lockName() {
            return "parked:" + consumerGroup + ":" + topic + ":" + partition + ":" + key;
        }
    }
}
