package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * Recomputes an aggregate's hash chain from the rows as stored (not from deserialized events, so
 * that an edit of the stored bytes is caught) and names the first broken link: an edited, removed
 * or reordered event, or one stored without a link.
 */
public class HashChainVerifier {

    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;

    public HashChainVerifier(JdbcTemplate jdbc, Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
    }

    public ChainVerification verify(String aggregateIdentifier) {
        List<StoredEvent> events = jdbc.query("""
                        select type, event_identifier, sequence_number, time_stamp, payload_type, payload_revision,
                               payload, meta_data
                          from domain_event_entry
                         where aggregate_identifier = ?
                         order by sequence_number""",
                (row, n) -> new StoredEvent(row.getString("type"), row.getString("event_identifier"), row.getLong("sequence_number"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload"), row.getBytes("meta_data")),
                aggregateIdentifier);
        String previous = "";
        long expectedSequence = 0;
        for (StoredEvent event : events) {
            if (event.sequenceNumber() != expectedSequence) {
                return new ChainVerification(aggregateIdentifier, events.size(), expectedSequence,
                        "event " + expectedSequence + " is missing (next stored is " + event.sequenceNumber() + ")");
            }
            Map<String, ?> metadata = metadata(event.metadata());
            Object stored = metadata.get(MetadataKeys.HASH);
            if (stored == null) {
                return new ChainVerification(aggregateIdentifier, events.size(), event.sequenceNumber(),
                        "event " + event.sequenceNumber() + " carries no hash");
            }
            String expected = new CanonicalEvent(event.aggregateType(), aggregateIdentifier, event.sequenceNumber(), event.eventIdentifier(),
                    event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(), metadata)
                    .link(previous);
            if (!expected.equals(stored.toString())) {
                return new ChainVerification(aggregateIdentifier, events.size(), event.sequenceNumber(),
                        "event " + event.sequenceNumber() + " does not match its hash: it, or an event before it, was altered");
            }
            previous = expected;
            expectedSequence++;
        }
        return ChainVerification.intact(aggregateIdentifier, events.size());
    }

    /** The stored metadata bytes as the event serializer reads them. */
    public Map<String, ?> metadata(byte[] bytes) {
        if (bytes == null) {
            return Map.of();
        }
        MetaData metaData = eventSerializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, MetaData.class.getName(), null));
        return metaData;
    }

    private record StoredEvent(String aggregateType, String eventIdentifier, long sequenceNumber, String timestamp, String payloadType,
                               String payloadRevision, byte[] payload, byte[] metadata) {
    }
}
