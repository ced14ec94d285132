package nl.hamerslag.platform.inbox;

import nl.hamerslag.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** A record from another service's topic, with the headers the relay put on it. */
public record IncomingEvent(String eventId, String type, String key, String correlationId, String source,
                            byte[] payload) {

    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        String eventId = header(record, EventHeaders.EVENT_ID);
        if (eventId == null) {
            throw new IllegalArgumentException("record " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no " + EventHeaders.EVENT_ID + " header; it was not sent by a relay");
        }
        return new IncomingEvent(eventId, header(record, EventHeaders.EVENT_TYPE), record.key(),
                header(record, EventHeaders.CORRELATION_ID), header(record, EventHeaders.SOURCE), record.value());
    }

    public boolean is(Class<?> eventType) {
        return eventType.getSimpleName().equals(type);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
