package nl.hamerslag.platform.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** Idempotency keys per caller, in the service's own database (table {@code idempotent_request}). */
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; empty when claimed now, else what is stored under it. */
    Optional<StoredResponse> claim(String key, String caller, String method, String path, String requestHash) {
        try {
            jdbc.update("""
                    insert into idempotent_request (idempotency_key, caller, method, path, request_hash, created_at)
                    values (?, ?, ?, ?, ?, now())""", key, caller, method, path, requestHash);
            return Optional.empty();
        } catch (DuplicateKeyException alreadyClaimed) {
            return jdbc.query("""
                            select request_hash, status, content_type, location, body
                              from idempotent_request where idempotency_key = ? and caller = ?""",
                    (row, n) -> new StoredResponse(row.getString("request_hash"), (Integer) row.getObject("status"),
                            row.getString("content_type"), row.getString("location"), row.getBytes("body")),
                    key, caller).stream().findFirst();
        }
    }

    void complete(String key, String caller, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                 where idempotency_key = ? and caller = ?""", status, contentType, location, body, key, caller);
    }

    /** Frees the key after a failure on our side, so that the retry is processed afresh. */
    void release(String key, String caller) {
        jdbc.update("delete from idempotent_request where idempotency_key = ? and caller = ? and status is null",
                key, caller);
    }
}
