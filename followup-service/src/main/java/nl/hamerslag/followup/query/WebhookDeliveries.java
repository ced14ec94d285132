package nl.hamerslag.followup.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery rows (table webhook_delivery): written when an event is fanned out, claimed by the
 * dispatcher when due, and marked after each attempt. A failed attempt is retried after a back-off
 * that doubles ({@code initial-backoff}, at most {@code max-backoff}); after {@code max-attempts} the
 * delivery is DEAD until its owner re-sends it. Rows live in PostgreSQL, so retries survive restarts.
 */
@Component
public class WebhookDeliveries {

    private static final String COLUMNS = "id, subscription_id, event_id, position, event_type, state, attempts, "
            + "next_attempt_at, last_status, last_error, created_at, delivered_at";

    private final JdbcTemplate jdbc;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;

    WebhookDeliveries(JdbcTemplate jdbc,
                      @Value("${hamerslag.followup.webhooks.initial-backoff:10s}") Duration initialBackoff,
                      @Value("${hamerslag.followup.webhooks.max-backoff:6h}") Duration maxBackoff,
                      @Value("${hamerslag.followup.webhooks.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
    }

    /** A delivery of {@code event} to {@code subscription}, due now; a second call for the same pair does nothing. */
    public void enqueue(UUID subscriptionId, StreamedEvent event, String payload) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into webhook_delivery (id, subscription_id, event_id, position, event_type, payload, state,
                                              attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                on conflict (subscription_id, event_id) do nothing""",
                UUID.randomUUID(), subscriptionId, event.eventId(), event.position(), event.type(), payload, now, now);
    }

    /**
     * Takes up to {@code limit} due deliveries, in order of position, and leases them for {@code lease}:
     * another instance does not take them meanwhile, and a crash mid-send leaves them due again after it.
     */
    public List<Due> claimDue(int limit, Duration lease) {
        Instant now = Instant.now();
        return jdbc.query("""
                update webhook_delivery d set next_attempt_at = ?
                from webhook_subscription s
                where d.subscription_id = s.id and d.id in (
                    select id from webhook_delivery where state = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at, position limit ? for update skip locked)
                returning d.id, d.subscription_id, d.event_id, d.payload, d.attempts, s.url""",
                (rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6)),
                Timestamp.from(now.plus(lease)), Timestamp.from(now), limit);
    }

    public void delivered(UUID id, int status) {
        jdbc.update("""
                update webhook_delivery set state = 'DELIVERED', attempts = attempts + 1, last_status = ?,
                       last_error = null, delivered_at = ?, next_attempt_at = null where id = ?""",
                status, Timestamp.from(Instant.now()), id);
    }

    /** One more failed attempt: due again after the back-off, or DEAD when it was the last one allowed. */
    public void failed(Due due, Integer status, String error) {
        int attempts = due.attempts() + 1;
        boolean dead = attempts >= maxAttempts;
        Instant next = dead ? null : Instant.now().plus(backoff(attempts));
        jdbc.update("""
                update webhook_delivery set state = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?
                where id = ?""",
                dead ? WebhookDelivery.DEAD : WebhookDelivery.PENDING, attempts, status,
                error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
                next == null ? null : Timestamp.from(next), due.id());
    }

    /** The wait after the {@code attempts}th failure: initial, doubled each time, at most max. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public List<WebhookDelivery> of(UUID subscriptionId, int limit) {
        return jdbc.query("select " + COLUMNS + " from webhook_delivery where subscription_id = ? "
                + "order by position desc limit ?", ROW, subscriptionId, limit);
    }

    public Optional<WebhookDelivery> find(UUID subscriptionId, UUID deliveryId) {
        return jdbc.query("select " + COLUMNS + " from webhook_delivery where subscription_id = ? and id = ?", ROW,
                subscriptionId, deliveryId).stream().findFirst();
    }

    /** Sends a DEAD (or DELIVERED) delivery again, with a fresh count of attempts; false when it is still pending. */
    public boolean resend(UUID subscriptionId, UUID deliveryId) {
        return jdbc.update("""
                update webhook_delivery set state = 'PENDING', attempts = 0, next_attempt_at = ?
                where subscription_id = ? and id = ? and state <> 'PENDING'""",
                Timestamp.from(Instant.now()), subscriptionId, deliveryId) == 1;
    }

    /** A claimed delivery: what to send where. */
    public record Due(UUID id, UUID subscriptionId, String eventId, String payload, int attempts, String url) {
    }

    private static final RowMapper<WebhookDelivery> ROW = (rs, n) -> new WebhookDelivery(
            rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class), rs.getString("event_id"),
            rs.getLong("position"), rs.getString("event_type"), rs.getString("state"), rs.getInt("attempts"),
            instant(rs.getTimestamp("next_attempt_at")), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
