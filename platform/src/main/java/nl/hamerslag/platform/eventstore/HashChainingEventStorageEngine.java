package nl.hamerslag.platform.eventstore;

import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Chains every aggregate's events by hash before they are stored: each domain event gets metadata
 * {@value MetadataKeys#HASH} = SHA-256(previous event's hash + its own canonical form, {@link CanonicalEvent}
 * version {@value CanonicalEvent#CURRENT_VERSION}, named in {@value MetadataKeys#HASH_VERSION}). Removing,
 * reordering or editing any stored event breaks the chain from there on, which
 * {@link HashChainVerifier} finds. Everything else is delegated unchanged.
 */
public class HashChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Serializer eventSerializer;

    public HashChainingEventStorageEngine(EventStorageEngine delegate, Serializer eventSerializer) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, String> lastLinkInBatch = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                String aggregate = domainEvent.getAggregateIdentifier();
                String previous = lastLinkInBatch.containsKey(aggregate)
                        ? lastLinkInBatch.get(aggregate)
                        : linkBefore(aggregate, domainEvent.getSequenceNumber());
                DomainEventMessage<?> versioned = domainEvent.andMetaData(
                        Map.of(MetadataKeys.HASH_VERSION, CanonicalEvent.CURRENT_VERSION));
                String link = canonical(versioned).link(previous);
                lastLinkInBatch.put(aggregate, link);
                LinksSeenInUnitOfWork.saw(aggregate, domainEvent.getSequenceNumber(), link);
                chained.add(withLink(versioned, link));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
    }

    private CanonicalEvent canonical(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        return new CanonicalEvent(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                formatInstant(event.getTimestamp()), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), event.getMetaData());
    }

    /** The previous event's link: as this unit of work sourced it, else read from the table. */
    private String linkBefore(String aggregate, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return "";
        }
        return LinksSeenInUnitOfWork.linkOf(aggregate, sequenceNumber - 1)
                .orElseGet(() -> storedLinkBefore(aggregate, sequenceNumber));
    }

    private String storedLinkBefore(String aggregate, long sequenceNumber) {
        DomainEventStream stream = delegate.readEvents(aggregate, sequenceNumber - 1);
        if (!stream.hasNext()) {
            throw new IllegalStateException("event " + (sequenceNumber - 1) + " of aggregate " + aggregate
                    + " is missing: cannot chain event " + sequenceNumber);
        }
        Object link = stream.next().getMetaData().get(MetadataKeys.HASH);
        return link == null ? "" : link.toString();
    }

    private static DomainEventMessage<?> withLink(DomainEventMessage<?> event, String link) {
        return event.andMetaData(Map.of(MetadataKeys.HASH, link));
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return new LinkRememberingEventStream(delegate.readEvents(aggregateIdentifier, firstSequenceNumber));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
