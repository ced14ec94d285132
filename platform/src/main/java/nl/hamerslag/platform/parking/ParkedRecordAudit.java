package nl.hamerslag.platform.parking;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.platform.MetadataKeys;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.util.Map;
import java.util.UUID;

/**
 * What an ADMIN did to a parked record, as a domain event in the service's own event store: it gets
 * the hash chain and the actor like every other event, and it stays after the row is settled.
 */
public class ParkedRecordAudit {

    static final String AGGREGATE_TYPE = "ParkedRecord";

    private final EventStore eventStore;

    public ParkedRecordAudit(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Appends {@code event}; call inside the transaction that settles the record. */
    public void record(UUID parkedRecordId, Object event, Actor actor) {
        String aggregateId = parkedRecordId.toString();
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        MetaData metaData = MetaData.from(Map.of(
                MetadataKeys.ACTOR_SUBJECT, actor.subject(),
                MetadataKeys.ACTOR_NAME, actor.name(),
                MetadataKeys.ACTOR_ROLE, actor.role().name(),
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString(),
                MetadataKeys.CAUSATION_ID, "request:" + UUID.randomUUID()));
        eventStore.publish(new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence, event, metaData));
    }
}
