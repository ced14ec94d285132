package nl.hamerslag.platform.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

/** The test's view of table {@code idempotent_request}: how many rows a key has, and time passing for a key. */
record KeyRows(JdbcTemplate jdbc) {

    int count(String key) {
        return jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?",
                Integer.class, key);
    }

    /** Moves a key's claim into the past, as if the time had passed. */
    void age(String key, String interval) {
        jdbc.update("""
                update idempotent_request set created_at = created_at - cast(? as interval)
                 where idempotency_key = ?""", interval, key);
    }
}
