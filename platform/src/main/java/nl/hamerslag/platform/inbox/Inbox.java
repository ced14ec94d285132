package nl.hamerslag.platform.inbox;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.platform.messaging.Origin;
import nl.hamerslag.platform.messaging.OriginContext;
import nl.hamerslag.platform.observability.InboxObservation;
import nl.hamerslag.platform.parking.ParkedRecord;
import nl.hamerslag.platform.parking.ParkedRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * At-least-once delivery made effectively-once: the id of an incoming event is recorded in the
 * same database transaction as its effect (the command handler joins that transaction), so a
 * redelivered event finds its id and has no second effect, and a failed effect records nothing
 * and is delivered again. While an earlier record of the same key is parked (it can never be handled as
 * it is), a record is parked behind it instead of applied, so a proposal's events keep their order
 * (docs/decisions/0019).
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper jsonMapper;
    private final String serviceName;
    private final ParkedRecords parked;
    private final String defaultGroup;
    private final InboxObservation observation;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper jsonMapper, String serviceName,
                 ParkedRecords parked, String defaultGroup, InboxObservation observation) {
        this.observation = observation;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.jsonMapper = jsonMapper;
        this.serviceName = serviceName;
        this.parked = parked;
        this.defaultGroup = defaultGroup;
    }

    /**
     * Applies {@code effect} once per event id and {@code consumer}, when the record is a {@code type};
     * records of other types are not this consumer's concern and are passed over.
     *
     * @return whether the effect ran (false for another type, a duplicate, or a record that waits behind a parked one)
     */
    public <T> boolean receive(String consumer, ConsumerRecord<String, byte[]> record, Class<T> type, Consumer<T> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!event.is(type)) {
            return false;
        }
        T payload = jsonMapper.readValue(event.payload(), type);
        String group = KafkaUtils.getConsumerGroupId() == null ? defaultGroup : KafkaUtils.getConsumerGroupId();
        Actor actor = Actor.system(serviceName);
        String correlationId = event.correlationId() == null ? event.eventId() : event.correlationId();
        Boolean applied = observation.handle(consumer, record, correlationId, actor.subject(), () -> transaction.execute(status -> {
            if (parked.mustWait(group, record)) {
                parked.park(group, record, ParkedRecord.State.WAITING, null);
                log.warn("{} parked {} {} ({}/{}@{}) behind an earlier parked record of key {}; it is applied when an ADMIN "
                                + "retries or resolves that one (GET /api/admin/parked)", consumer, event.type(), event.eventId(),
                        record.topic(), record.partition(), record.offset(), record.key());
                return null;
            }
            int recorded = jdbc.update("""
                    insert into inbox_message (consumer, event_id, event_type, source, received_at)
                    values (?, ?, ?, ?, now())
                    on conflict do nothing""", consumer, event.eventId(), event.type(), event.source());
            if (recorded == 0) {
                return false;
            }
            Origin origin = new Origin(actor, correlationId, event.eventId());
            OriginContext.runAs(origin, () -> {
                effect.accept(payload);
                return null;
            });
            return true;
        }));
        if (applied == null) {
            return false;
        }
        if (!applied) {
            observation.duplicateDropped(consumer);
            log.info("{} already handled {} {}; redelivery has no second effect", consumer, event.type(), event.eventId());
            return false;
        }
        return true;
    }
}
