package nl.hamerslag.followup.query;

import nl.hamerslag.platform.identity.Caller;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Follows the event store (the outbox the Kafka relay reads too) from a position, handing every
 * published follow-up event the caller may see to a {@link StreamSink}. A position is the event's
 * global index, so a client resumes after a restart of either side with the last id it received. A
 * resume id the store does not hold starts from the oldest event, and the sink is told so first.
 * Each open stream holds one thread of a bounded pool: past the limit a new stream is refused.
 */
@Component
public class StreamFeed {

    private static final Logger log = LoggerFactory.getLogger(StreamFeed.class);

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final FollowUpVisibility visibility;
    private final Duration heartbeat;
    private final ExecutorService streams;

    StreamFeed(EventStore eventStore, JdbcTemplate jdbc, FollowUpVisibility visibility,
               @Value("${hamerslag.followup.stream.heartbeat:15s}") Duration heartbeat,
               @Value("${hamerslag.followup.stream.max-open:50}") int maxOpen) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.heartbeat = heartbeat;
        AtomicInteger number = new AtomicInteger();
        this.streams = new ThreadPoolExecutor(maxOpen, maxOpen, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1), r -> {
            Thread thread = new Thread(r, "followup-stream-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) streams).allowCoreThreadTimeOut(true);
    }

    /** Where a stream starts: after the event with {@code lastEventId}, or from the oldest when that is unknown. */
    public Start start(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return new Start(null, Optional.empty());
        }
        Optional<Long> position = parse(lastEventId.strip());
        if (position.isPresent() && exists(position.get())) {
            return new Start(GapAwareTrackingToken.newInstance(position.get(), new TreeSet<>()), Optional.empty());
        }
        return new Start(null, Optional.of("Last-Event-ID '" + abbreviate(lastEventId) + "' is not an event this stream "
                + "holds; starting from the oldest retained event. Rebuild what you keep from the events that follow."));
    }

    /**
     * Follows from {@code start} on a thread of its own until the sink fails (the client went away)
     * or {@code open} turns false.
     *
     * @throws StreamsExhausted when as many streams are open as configured
     */
    public void follow(Start start, Caller caller, StreamSink sink, java.util.function.BooleanSupplier open) {
        try {
            streams.execute(() -> pump(start, caller, sink, open));
        } catch (RejectedExecutionException full) {
            throw new StreamsExhausted();
        }
    }

    private void pump(Start start, Caller caller, StreamSink sink, java.util.function.BooleanSupplier open) {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(start.token())) {
            // the first message commits the answer at once: the reset when there is one, else the retry time
            if (start.reset().isPresent()) {
                sink.reset(start.reset().get());
            } else {
                sink.opened();
            }
            while (open.getAsBoolean()) {
                if (events.hasNextAvailable((int) heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
                    Optional<StreamedEvent> event = StreamedEvent.of(events.nextAvailable());
                    if (event.isPresent() && visibility.admits(event.get().event(), caller)) {
                        sink.event(event.get());
                    }
                } else {
                    sink.heartbeat();
                }
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("Stream of {} ended: {}", caller.subject(), gone.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Stream of {} ended by an error; the client resumes with its Last-Event-ID", caller.subject(), e);
            sink.failed(e);
        } finally {
            sink.complete();
        }
    }

    /** Open streams end with the service; their clients reconnect to another instance or after the restart. */
    @jakarta.annotation.PreDestroy
    void stop() {
        streams.shutdownNow();
    }

    private boolean exists(long position) {
        Integer found = jdbc.query("select 1 from domain_event_entry where global_index = ?",
                rs -> rs.next() ? 1 : null, position);
        return found != null;
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String id) {
        String printable = id.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    /** Where to start: the token to open the store at (null: the oldest event), and why it is not the one asked for. */
    public record Start(TrackingToken token, Optional<String> reset) {
    }

    /** Where the events go: an SSE connection. Throwing {@link IOException} ends the stream. */
    public interface StreamSink {

        /** The stream starts where the client asked. */
        void opened() throws IOException;

        /** The stream starts from the oldest event, not where the client asked; says why. */
        void reset(String message) throws IOException;

        void event(StreamedEvent event) throws IOException;

        void heartbeat() throws IOException;

        void failed(Exception e);

        void complete();
    }
}
