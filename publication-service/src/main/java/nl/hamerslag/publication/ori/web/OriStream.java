package nl.hamerslag.publication.ori.web;

import nl.hamerslag.publication.ori.FeedRecord;
import nl.hamerslag.publication.ori.OriStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The feed as server-sent events: every record after the reader's last one, each with its sequence number
 * as {@code id:}, then new records as they are stored (looked for every second). A stream lasts at most
 * five minutes, after which the reader reconnects with {@code Last-Event-ID}; it ends at once when the feed
 * is rebuilt (a new epoch), and the reader starts again from the snapshot. Open streams are ended when the
 * service stops, before the web server waits for its requests to finish.
 */
@Component
class OriStream implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OriStream.class);
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final OriStore store;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ori-feed-stream");
        thread.setDaemon(true);
        return thread;
    });

    OriStream(OriStore store) {
        this.store = store;
    }

    SseEmitter open(long after) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        int epoch = store.epoch();
        AtomicLong last = new AtomicLong(after);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        open.add(emitter);
        Runnable stop = () -> {
            open.remove(emitter);
            ScheduledFuture<?> scheduled = task.get();
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(error -> stop.run());
        try {
            emitter.send(SseEmitter.event().name("epoch").data(Map.of("epoch", epoch), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            stop.run();
            emitter.completeWithError(e);
            return emitter;
        }
        task.set(scheduler.scheduleWithFixedDelay(() -> push(emitter, epoch, last, stop), 0, 1, TimeUnit.SECONDS));
        return emitter;
    }

    private void push(SseEmitter emitter, int epoch, AtomicLong last, Runnable stop) {
        try {
            if (store.epoch() != epoch) {
                stop.run();
                emitter.complete();
                return;
            }
            for (FeedRecord record : store.feed(last.get(), BATCH, null, null).records()) {
                emitter.send(SseEmitter.event().id(Long.toString(record.sequenceNumber())).name(record.op())
                        .data(record, MediaType.APPLICATION_JSON));
                last.set(record.sequenceNumber());
            }
        } catch (IOException | IllegalStateException e) {
            // the reader went away (or the emitter completed): it reconnects with Last-Event-ID when it wants more;
            // completing ends the request, so the server does not wait for it when it stops
            stop.run();
            emitter.completeWithError(e);
        } catch (DataAccessException e) {
            LOG.warn("ORI feed stream ended: the feed could not be read ({}); the reader reconnects with Last-Event-ID",
                    e.getMessage());
            stop.run();
            emitter.completeWithError(e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
