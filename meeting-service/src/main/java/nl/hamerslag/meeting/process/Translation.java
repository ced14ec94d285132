package nl.hamerslag.meeting.process;

import nl.hamerslag.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** When another service's event happened: the relay's occurred-at header, else the record's timestamp. */
final class Translation {

    private Translation() {
    }

    static Instant occurredAt(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(EventHeaders.OCCURRED_AT);
        if (header != null) {
            try {
                return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
            } catch (DateTimeParseException e) {
                // fall through to the broker's time
            }
        }
        return record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : Instant.now();
    }
}
