package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chain links this unit of work has already read or written, per aggregate: the last event's sequence number
 * and hash. A command first sources its aggregate, so the link its new event must chain to was read a moment
 * before in the same transaction; reading it again from the table cost as much as sourcing the aggregate (measured
 * in docs/benchmarks.md). Kept in the root unit of work's resources, so it lives exactly as long as the transaction
 * that read it and a rolled-back append leaves nothing behind. Outside a unit of work nothing is remembered and the
 * caller reads the table as before.
 */
final class LinksSeenInUnitOfWork {

    private static final String RESOURCE = LinksSeenInUnitOfWork.class.getName();

    private LinksSeenInUnitOfWork() {
    }

    /** Remember this stored (or about to be stored) event's link as the newest one of its aggregate. */
    static void saw(DomainEventMessage<?> event) {
        Object link = event.getMetaData().get(MetadataKeys.HASH);
        if (link != null) {
            saw(event.getAggregateIdentifier(), event.getSequenceNumber(), link.toString());
        }
    }

    static void saw(String aggregate, long sequenceNumber, String link) {
        links().ifPresent(links -> links.merge(aggregate, new Link(sequenceNumber, link),
                (known, seen) -> seen.sequenceNumber() >= known.sequenceNumber() ? seen : known));
    }

    /** The link of this aggregate's event with this sequence number, when this unit of work has seen it. */
    static Optional<String> linkOf(String aggregate, long sequenceNumber) {
        return links().map(links -> links.get(aggregate))
                .filter(link -> link.sequenceNumber() == sequenceNumber)
                .map(Link::hash);
    }

    private static Optional<Map<String, Link>> links() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.of(CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, k -> new HashMap<>()));
    }

    private record Link(long sequenceNumber, String hash) {
    }
}
