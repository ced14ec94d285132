package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.CanonicalBytes;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code domain_event_entry}, every column as stored. Its leaf data covers them all, the
 * global index and the aggregate type too; payload and metadata by their SHA-256, so the metadata's
 * chain link is covered as well: a row cannot be changed, renumbered or moved without its leaf changing.
 */
record StoredEventRow(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                      String aggregateType, String timestamp, String payloadType, String payloadRevision,
                      byte[] payload, byte[] metadata) {

    static final String COLUMNS = """
            global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
            payload_revision, payload, meta_data""";

    static StoredEventRow read(ResultSet row, int n) throws SQLException {
        return new StoredEventRow(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }

    byte[] leafData() {
        return CanonicalBytes.tagged("hamerslag-event-leaf-v1")
                .number(globalIndex)
                .text(eventIdentifier)
                .text(aggregateIdentifier)
                .number(sequenceNumber)
                .text(aggregateType)
                .text(timestamp)
                .text(payloadType)
                .text(payloadRevision)
                .bytes(CanonicalBytes.sha256(payload))
                .bytes(metadata == null ? null : CanonicalBytes.sha256(metadata))
                .toByteArray();
    }

    byte[] leafHash() {
        return MerkleTree.leafHash(leafData());
    }
}
