package nl.hamerslag.platform.inbox;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.platform.messaging.Origin;
import nl.hamerslag.platform.messaging.OriginContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * At-least-once delivery made effectively-once: the id of an incoming event is recorded in the
 * same database transaction as its effect (the command handler joins that transaction), so a
 * redelivered event finds its id and has no second effect, and a failed effect records nothing
 * and is delivered again.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper jsonMapper;
    private final String serviceName;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper jsonMapper, String serviceName) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.jsonMapper = jsonMapper;
        this.serviceName = serviceName;
    }

    /**
     * Applies {@code effect} once per event id and {@code consumer}, when the record is a {@code type};
     * records of other types are not this consumer's concern and are passed over.
     *
     * @return whether the effect ran (false for another type or a duplicate)
     */
    public <T> boolean receive(String consumer, ConsumerRecord<String, byte[]> record, Class<T> type, Consumer<T> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!event.is(type)) {
            return false;
        }
        T payload = jsonMapper.readValue(event.payload(), type);
        Boolean applied = transaction.execute(status -> {
            int recorded = jdbc.update("""
                    insert into inbox_message (consumer, event_id, event_type, source, received_at)
                    values (?, ?, ?, ?, now())
                    on conflict do nothing""", consumer, event.eventId(), event.type(), event.source());
            if (recorded == 0) {
                return false;
            }
            Origin origin = new Origin(Actor.system(serviceName),
                    event.correlationId() == null ? event.eventId() : event.correlationId(), event.eventId());
            OriginContext.runAs(origin, () -> {
                effect.accept(payload);
                return null;
            });
            return true;
        });
        if (!Boolean.TRUE.equals(applied)) {
            log.info("{} already handled {} {}; redelivery has no second effect", consumer, event.type(), event.eventId());
            return false;
        }
        return true;
    }
}
