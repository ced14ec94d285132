package nl.hamerslag.platform.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code hamerslag.audit.tree-head-interval}: take the new events into the tree, sign a head,
 * and hand the heads to the witness. A failing tick is logged and the next one tries again; nothing
 * is lost, because what was not taken stays in the event table and what was not published stays in
 * the head table.
 */
class TreeHeadSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TreeHeadSchedule.class);

    private final TreeHeadBuilder builder;
    private final TreeHeadWitness witness;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private String lastFailure;

    TreeHeadSchedule(TreeHeadBuilder builder, TreeHeadWitness witness, Duration interval) {
        this.builder = builder;
        this.witness = witness;
        this.interval = interval;
    }

    void tick() {
        try {
            while (builder.advance().isPresent()) {
                // a log behind by more than one batch catches up in one tick
            }
            witness.publish();
            if (lastFailure != null) {
                log.info("Audit log: tree heads are signed and published again");
                lastFailure = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure)) {
                log.warn("Audit log: no tree head this time ({}); retrying every {}. Events stay in the event table "
                        + "and heads in audit_tree_head until it succeeds.", failure, interval);
                lastFailure = failure;
            }
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-tree-heads");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
