package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.publication.PublicationCorrected;
import nl.hamerslag.contracts.publication.PublicationPublished;
import nl.hamerslag.contracts.publication.PublicationWithdrawn;
import nl.hamerslag.publication.command.CandidateRevised;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Rebuilds the ORI feed from publication's event store: empties the ORI tables, raises the epoch, and
 * replays every event in global order through {@link OriFeedProjection}, in one transaction that holds the
 * feed's sequence lock, so no live write lands in between and readers see the old feed or the new one.
 * The records come out as before (same derivation, same event timestamps, numbers handed out in the same
 * order) unless the derivation itself changed; readers are told by the epoch (ADR 0039).
 */
@Component
public class OriFeedRebuild {

    private final EventStore events;
    private final OriFeedProjection projection;
    private final OriStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OriFeedRebuild(EventStore events, OriFeedProjection projection, OriStore store, TransactionTemplate transactions,
                   Clock clock) {
        this.events = events;
        this.projection = projection;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the new epoch */
    public int rebuild() {
        Integer epoch = transactions.execute(status -> {
            int next = store.clearForRebuild(clock.instant());
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                while (stream.hasNextAvailable()) {
                    replay(stream.nextAvailable());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the ORI rebuild was interrupted; it is rolled back", e);
            }
            return next;
        });
        return epoch == null ? store.epoch() : epoch;
    }

    private void replay(TrackedEventMessage<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof PublicationPublished published) {
            projection.on(published, message.getTimestamp());
        } else if (payload instanceof PublicationCorrected corrected) {
            projection.on(corrected, message.getTimestamp());
        } else if (payload instanceof PublicationWithdrawn withdrawn) {
            projection.on(withdrawn, message.getTimestamp());
        } else if (payload instanceof CandidateRevised revised) {
            projection.on(revised, message.getTimestamp());
        }
    }
}
