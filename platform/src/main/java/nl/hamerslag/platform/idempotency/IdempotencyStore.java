package nl.hamerslag.platform.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * Idempotency keys per caller, in the service's own database (table {@code idempotent_request}). Times are
 * the database's ({@code now()}), so that every instance of a service agrees on a key's age.
 */
class IdempotencyStore {

    private static final int PATH_COLUMN = 2000;

    private final JdbcTemplate jdbc;
    private final IdempotencyProperties properties;

    IdempotencyStore(JdbcTemplate jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Claims the key for this request; empty when claimed now, else what is stored under it. A key past its
     * retention, or claimed longer than the in-progress timeout ago without an answer, is taken over. This is one
     * statement: when several requests race for a key, PostgreSQL lets exactly one insert or take it over, and
     * the others find the winner's row.
     */
    Optional<StoredResponse> claim(KeyClaim claim, String method, String uri, String requestHash) {
        // the row may go between the insert and the select (a 5xx frees it, the cleanup removes it): then try again
        for (int attempt = 0; attempt < 3; attempt++) {
            int claimed = jdbc.update("""
                            insert into idempotent_request
                                   (idempotency_key, caller, claim_id, method, path, request_hash, created_at)
                            values (?, ?, ?, ?, ?, ?, now())
                            on conflict (idempotency_key, caller) do update
                               set claim_id = excluded.claim_id, method = excluded.method, path = excluded.path,
                                   request_hash = excluded.request_hash, created_at = excluded.created_at,
                                   status = null, content_type = null, location = null, body = null
                             where idempotent_request.created_at < now() - ? * interval '1 millisecond'
                                or (idempotent_request.status is null
                                    and idempotent_request.created_at < now() - ? * interval '1 millisecond')""",
                    claim.key(), claim.caller(), claim.id(), method, truncate(uri), requestHash,
                    properties.retention().toMillis(), properties.inProgressTimeout().toMillis());
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<StoredResponse> earlier = jdbc.query("""
                            select request_hash, status, content_type, location, body
                              from idempotent_request where idempotency_key = ? and caller = ?""",
                    (row, n) -> new StoredResponse(row.getString("request_hash"), (Integer) row.getObject("status"),
                            row.getString("content_type"), row.getString("location"), row.getBytes("body")),
                    claim.key(), claim.caller()).stream().findFirst();
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        throw new IllegalStateException("Idempotency-Key " + claim.key() + " kept changing hands; retry the request.");
    }

    /** Keeps the answer; false when another request took the key over meanwhile (see in-progress-timeout). */
    boolean complete(KeyClaim claim, int status, String contentType, String location, byte[] body) {
        return jdbc.update("""
                        update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                         where idempotency_key = ? and caller = ? and claim_id = ?""",
                status, contentType, location, body, claim.key(), claim.caller(), claim.id()) == 1;
    }

    /** Frees the key after a failure on our side, so that the retry is processed afresh. */
    void release(KeyClaim claim) {
        jdbc.update("delete from idempotent_request where idempotency_key = ? and caller = ? and claim_id = ? "
                + "and status is null", claim.key(), claim.caller(), claim.id());
    }

    /** Removes the keys past their retention; they would count as new anyway. */
    int removeExpired() {
        return jdbc.update("delete from idempotent_request where created_at < now() - ? * interval '1 millisecond'",
                properties.retention().toMillis());
    }

    private static String truncate(String uri) {
        return uri.length() <= PATH_COLUMN ? uri : uri.substring(0, PATH_COLUMN);
    }
}
