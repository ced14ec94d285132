package nl.hamerslag.platform.audit;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.CorrelationId;
import nl.hamerslag.platform.MetadataKeys;
import nl.hamerslag.platform.identity.Caller;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Records every look of an auditor as an {@link AuditorLookedAt} event, before the answer is given:
 * a look that cannot be recorded is not answered.
 */
public class AuditorLooks {

    static final String AGGREGATE_TYPE = "AuditorLook";

    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AuditorLooks(EventStore eventStore, TransactionTemplate transaction, Clock clock) {
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @param correlationHeader the request's correlation id header, taken when well-formed, else a new one */
    public void record(Caller auditor, String what, String target, String correlationHeader) {
        Caller acting = auditor.actingAs(Role.AUDITOR);
        String correlation = CorrelationId.acceptOrMake(correlationHeader);
        MetaData metaData = MetaData.from(Map.of(
                MetadataKeys.ACTOR_SUBJECT, acting.subject(),
                MetadataKeys.ACTOR_NAME, acting.name(),
                MetadataKeys.ACTOR_ROLE, Role.AUDITOR.name(),
                MetadataKeys.CORRELATION_ID, correlation,
                MetadataKeys.CAUSATION_ID, "request:" + UUID.randomUUID()));
        AuditorLookedAt look = new AuditorLookedAt(acting.subject(), acting.name(), what, target, clock.instant());
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                AGGREGATE_TYPE, "auditor-look-" + UUID.randomUUID(), 0, look, metaData)));
    }
}
