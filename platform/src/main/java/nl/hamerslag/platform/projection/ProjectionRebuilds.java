package nl.hamerslag.platform.projection;

import nl.hamerslag.platform.failure.CauseChain;
import nl.hamerslag.platform.projection.ProjectionState.Status;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds a projection from the event store while the service keeps running (ADR 41): the events
 * go into empty copies of its tables in a schema of their own, in batches; then, in one transaction,
 * the public tables are locked against writers (readers go on reading the old rows), the events
 * committed since are caught up, and the public rows are replaced by the rebuilt ones. Readers see
 * the old state until that commit and the new one after it, never a half-built one. One rebuild at a
 * time; progress is logged every few seconds and answered by {@link #states()}.
 */
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final int BATCH = 500;
    private static final int SWAP_ATTEMPTS = 3;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final Projections projections;
    private final EventReplay replay;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Rebuild> running = new AtomicReference<>();
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();

    public ProjectionRebuilds(Projections projections, EventReplay replay, JdbcTemplate jdbc,
                              TransactionTemplate transaction, Clock clock) {
        this.projections = projections;
        this.replay = replay;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Starts rebuilding {@code name} in the background; refused (and nothing started) while another runs. */
    public ProjectionState start(String name, String startedBy) {
        Projection projection = projections.named(name);
        if (!projections.subscribing(projection)) {
            throw new NotRebuildable(name);
        }
        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Rebuild rebuild = new Rebuild(projection, startedBy, clock, events == null ? 0 : events);
        if (!running.compareAndSet(null, rebuild)) {
            throw new RebuildAlreadyRunning(running.get().projection().name());
        }
        latest.put(name, rebuild);
        log.info("Rebuilding projection {} from {} stored events, started by {}", name, events, startedBy);
        try {
            worker.execute(() -> run(rebuild));
        } catch (RejectedExecutionException shuttingDown) {
            running.set(null);
            throw shuttingDown;
        }
        return state(projection);
    }

    public List<ProjectionState> states() {
        return projections.all().stream().map(this::state).toList();
    }

    public ProjectionState state(String name) {
        return state(projections.named(name));
    }

    private ProjectionState state(Projection projection) {
        Rebuild rebuild = latest.get(projection.name());
        Status status = rebuild != null && rebuild.running() ? Status.REBUILDING : Status.IDLE;
        return new ProjectionState(projection.name(), projection.tables(), status,
                rebuild == null ? null : rebuild.progress());
    }

    private void run(Rebuild rebuild) {
        Projection projection = rebuild.projection();
        ShadowSchema schema = null;
        try {
            List<Projection> only = List.of(projection);
            schema = transaction.execute(status -> ShadowSchema.create(jdbc, "rebuild", only));
            TrackingToken token = build(schema, rebuild);
            swap(schema, token, rebuild);
            rebuild.done();
            RebuildProgress done = rebuild.progress();
            log.info("Rebuilt projection {}: {} events in {} s", projection.name(), done.eventsDone(),
                    Duration.between(done.startedAt(), done.finishedAt()).toSeconds());
        } catch (RuntimeException failure) {
            rebuild.failed(CauseChain.rootMessage(failure));
            log.error("Rebuilding projection {} failed; its tables keep the state they had", projection.name(), failure);
        } finally {
            dropQuietly(schema, projection);
            running.set(null);
        }
    }

    /** Fills the copies in batches, each in its own transaction; the token of the last event replayed. */
    private TrackingToken build(ShadowSchema schema, Rebuild rebuild) {
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        Instant logged = clock.instant();
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transaction.execute(status -> {
                schema.use(jdbc);
                int handled = 0;
                try (Stream<? extends TrackedEventMessage<?>> events = replay.after(token.get())) {
                    Iterator<? extends TrackedEventMessage<?>> next = events.iterator();
                    while (handled < BATCH && next.hasNext()) {
                        TrackedEventMessage<?> event = next.next();
                        replay.apply(event, List.of(rebuild.projection()));
                        token.set(event.trackingToken());
                        rebuild.counted();
                        handled++;
                    }
                }
                return handled == BATCH;
            }));
            if (Duration.between(logged, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                logged = clock.instant();
                logProgress(rebuild);
            }
        }
        return token.get();
    }

    /**
     * Catches up and replaces the public rows in one transaction. The lock waits for command
     * transactions that already wrote these tables (their events are then committed and caught up)
     * and holds back those that have not (they write onto the rebuilt rows after the commit).
     */
    private void swap(ShadowSchema schema, TrackingToken token, Rebuild rebuild) {
        List<String> tables = rebuild.projection().tables();
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.execute("set local lock_timeout = '30s'");
                    schema.use(jdbc);
                    jdbc.execute("lock table " + tables.stream().map(table -> "public." + table)
                            .collect(Collectors.joining(", ")) + " in exclusive mode");
                    try (Stream<? extends TrackedEventMessage<?>> events = replay.after(token)) {
                        events.forEach(event -> {
                            replay.apply(event, List.of(rebuild.projection()));
                            rebuild.counted();
                        });
                    }
                    for (int i = tables.size() - 1; i >= 0; i--) {
                        jdbc.update("delete from public." + tables.get(i));
                    }
                    for (String table : tables) {
                        schema.copy(jdbc, schema.name() + "." + table, "public." + table, table);
                    }
                });
                return;
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == SWAP_ATTEMPTS) {
                    throw busy;
                }
                log.warn("Rebuilding projection {}: could not lock its tables ({}); trying again", rebuild.projection().name(),
                        CauseChain.rootMessage(busy));
            }
        }
    }

    private void logProgress(Rebuild rebuild) {
        RebuildProgress progress = rebuild.progress();
        log.info("Rebuilding projection {}: {} of {} events, {} events/s, about {} s left", rebuild.projection().name(),
                progress.eventsDone(), progress.eventsTotal(), progress.eventsPerSecond(),
                progress.secondsLeft() == null ? "?" : progress.secondsLeft());
    }

    private void dropQuietly(ShadowSchema schema, Projection projection) {
        if (schema == null) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> schema.drop(jdbc));
        } catch (RuntimeException failure) {
            log.warn("Rebuilding projection {}: could not drop schema {}; drop it by hand ({})", projection.name(),
                    schema.name(), CauseChain.rootMessage(failure));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
