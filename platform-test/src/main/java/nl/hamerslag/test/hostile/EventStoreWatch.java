package nl.hamerslag.test.hostile;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

/**
 * Whether a request stored events, read from the service's event store. A new row counts against a
 * refused request when it carries that request's correlation id; until the service has shown (on a
 * request that succeeded) that its events carry the id, any new row counts, so the check is never blind.
 */
final class EventStoreWatch {

    private final JdbcTemplate jdbc;
    private boolean correlationShown;

    EventStoreWatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long mark() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** How many events the request with {@code correlationId} stored after {@code mark}, as far as can be told. */
    long storedSince(long mark, String correlationId) {
        long all = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?", Long.class, mark);
        if (all == 0) {
            return 0;
        }
        long attributed = correlationId == null ? 0 : jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index > ? and position(? in meta_data) > 0",
                Long.class, mark, correlationId.getBytes(StandardCharsets.UTF_8));
        return correlationShown && correlationId != null ? attributed : all;
    }

    /** After a request that succeeded: do its events carry its correlation id? */
    void learnFrom(long mark, String correlationId) {
        if (!correlationShown && correlationId != null) {
            correlationShown = jdbc.queryForObject(
                    "select count(*) from domain_event_entry where global_index > ? and position(? in meta_data) > 0",
                    Long.class, mark, correlationId.getBytes(StandardCharsets.UTF_8)) > 0;
        }
    }
}
