package nl.hamerslag.platform.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The state of projections at an earlier moment, for a query that reads it (ADR 41): in one
 * transaction that is always rolled back, empty copies of the projections' tables in a schema of
 * their own get every event stored up to and including {@code at}, then {@code query} runs on them
 * with the same code as for the current state. Nothing of it stays behind.
 */
public class PointInTime {

    private final Projections projections;
    private final EventReplay replay;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public PointInTime(Projections projections, EventReplay replay, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.projections = projections;
        this.replay = replay;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What {@code query} answers on the state of the named projections at {@code at}; its refusals pass through. */
    public <T> T asOf(Instant at, Collection<String> projectionNames, Supplier<T> query) {
        List<Projection> wanted = projections.named(projectionNames);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            ShadowSchema schema = ShadowSchema.create(jdbc, "as_of", wanted);
            schema.use(jdbc);
            try (Stream<? extends org.axonframework.eventhandling.TrackedEventMessage<?>> events = replay.after(null)) {
                // global order is commit order only roughly: every event up to the moment counts, wherever it is
                events.filter(event -> !event.getTimestamp().isAfter(at)).forEach(event -> replay.apply(event, wanted));
            }
            return query.get();
        });
    }
}
