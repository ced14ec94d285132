package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker's tool for tests: after editing rows, recomputes every link of a stream exactly as the
 * storage engine would, so that the hash chain alone verifies again.
 */
public final class ChainForger {

    private ChainForger() {
    }

    public static void relink(JdbcTemplate jdbc, Serializer eventSerializer, String aggregateId) {
        HashChainVerifier reader = new HashChainVerifier(jdbc, eventSerializer);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select global_index, type, event_identifier, sequence_number, time_stamp, payload_type, payload_revision,
                       payload, meta_data
                  from domain_event_entry where aggregate_identifier = ? order by sequence_number""", aggregateId);
        String previous = "";
        for (Map<String, Object> row : rows) {
            Map<String, Object> metadata = new HashMap<>(reader.metadata((byte[]) row.get("meta_data")));
            String link = new CanonicalEvent((String) row.get("type"), aggregateId, (Long) row.get("sequence_number"),
                    (String) row.get("event_identifier"), (String) row.get("time_stamp"), (String) row.get("payload_type"),
                    (String) row.get("payload_revision"), (byte[]) row.get("payload"), metadata).link(previous);
            metadata.put(MetadataKeys.HASH, link);
            byte[] bytes = eventSerializer.serialize(MetaData.from(metadata), byte[].class).getData();
            jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", bytes, row.get("global_index"));
            previous = link;
        }
    }
}
