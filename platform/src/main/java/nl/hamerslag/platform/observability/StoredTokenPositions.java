package nl.hamerslag.platform.observability;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where a processing group stands by the tokens it stored (table {@code token_entry}), read without
 * claiming them: what every instance can tell, also while the processor is stopped or its segments are
 * held by another instance. A segment without a token starts at the beginning (position -1).
 */
class StoredTokenPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The lowest stored position over the group's segments; empty when the group never stored a token. */
    OptionalLong position(String group) {
        List<Long> positions = jdbc.query("select token, token_type from token_entry where processor_name = ?",
                (row, i) -> position(row.getBytes(1), row.getString(2)), group);
        return positions.stream().mapToLong(Long::longValue).min();
    }

    private long position(byte[] token, String type) {
        if (token == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
