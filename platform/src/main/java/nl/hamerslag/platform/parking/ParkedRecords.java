package nl.hamerslag.platform.parking;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.platform.parking.ParkedRecord.Sequence;
import nl.hamerslag.platform.parking.ParkedRecord.State;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The parked_record table: records set aside, in offset order per {@link Sequence}. */
public class ParkedRecords {

    private static final String COLUMNS = """
            id, consumer_group, topic, record_partition, record_offset, record_key, event_id, event_type, state,
            error, parked_at, settled_at, settled_by, reason""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ParkedRecords(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps {@code record} with its state; a record parked before (a redelivery) stays as it is. */
    public void park(String group, ConsumerRecord<String, byte[]> record, State state, String error) {
        jdbc.update("""
                        insert into parked_record (id, consumer_group, topic, record_partition, record_offset, record_key,
                                                   event_id, event_type, payload, headers, error, parked_at, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now(), ?)
                        on conflict (consumer_group, topic, record_partition, record_offset) do nothing""",
                UUID.randomUUID(), group, record.topic(), record.partition(), record.offset(), record.key(),
                header(record, EventHeaders.EVENT_ID), header(record, EventHeaders.EVENT_TYPE), record.value(),
                headersJson(record), error, state.name());
    }

    /**
     * Whether {@code record} must not be applied now: an earlier record of its key is unresolved, or an
     * ADMIN resolved this very record (a redelivery of it is not applied). Takes the sequence's lock
     * until the end of the caller's transaction, so a release and this check take turns.
     */
    public boolean mustWait(String group, ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return false;
        }
        lock(new Sequence(group, record.topic(), record.partition(), record.key()));
        Boolean blocked = jdbc.queryForObject("""
                        select exists (select 1 from parked_record
                                        where consumer_group = ? and topic = ? and record_partition = ? and record_key = ?
                                          and ((state in ('PARKED', 'WAITING') and record_offset < ?)
                                               or (state = 'RESOLVED' and record_offset = ?)))""",
                Boolean.class, group, record.topic(), record.partition(), record.key(), record.offset(), record.offset());
        return Boolean.TRUE.equals(blocked);
    }

    /** Takes the sequence's lock for the rest of the current transaction. */
    public void lock(Sequence sequence) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", sequence.lockName());
    }

    public Optional<ParkedRecord> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from parked_record where id = ?", ROW, id).stream().findFirst();
    }

    /** Unresolved records, oldest first: what an ADMIN has to look at. */
    public List<ParkedRecord> unresolved() {
        return jdbc.query("select " + COLUMNS + " from parked_record where state in ('PARKED', 'WAITING') "
                + "order by parked_at, consumer_group, topic, record_partition, record_offset", ROW);
    }

    /** The oldest unresolved record of the sequence, if any. */
    public Optional<ParkedRecord> firstUnresolved(Sequence sequence) {
        return jdbc.query("select " + COLUMNS + """
                         from parked_record
                        where consumer_group = ? and topic = ? and record_partition = ? and record_key = ?
                          and state in ('PARKED', 'WAITING')
                        order by record_offset limit 1""", ROW,
                sequence.consumerGroup(), sequence.topic(), sequence.partition(), sequence.key()).stream().findFirst();
    }

    public void settle(UUID id, State state, String by, String reason) {
        jdbc.update("update parked_record set state = ?, settled_at = now(), settled_by = ?, reason = ? where id = ?",
                state.name(), by, reason, id);
    }

    /** Parked again after a failed retry or release, with the new error. */
    public void failedAgain(UUID id, String error) {
        jdbc.update("update parked_record set state = 'PARKED', error = ? where id = ?", error, id);
    }

    /** The record as it came from Kafka, to hand to its listener again. */
    public ConsumerRecord<String, byte[]> original(UUID id) {
        return jdbc.queryForObject("""
                select topic, record_partition, record_offset, record_key, payload, headers::text
                  from parked_record where id = ?""", (rs, i) -> {
            RecordHeaders headers = new RecordHeaders();
            List<Map<String, String>> stored = json.readValue(rs.getString(6), new TypeReference<>() { });
            stored.forEach(h -> headers.add(new RecordHeader(h.get("name"), Base64.getDecoder().decode(h.get("value")))));
            byte[] payload = rs.getBytes(5);
            return new ConsumerRecord<>(rs.getString(1), rs.getInt(2), rs.getLong(3), ConsumerRecord.NO_TIMESTAMP,
                    TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, payload == null ? 0 : payload.length,
                    rs.getString(4), payload, headers, Optional.empty());
        }, id);
    }

    private String headersJson(ConsumerRecord<String, byte[]> record) {
        List<Map<String, String>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("name", header.key());
            h.put("value", Base64.getEncoder().encodeToString(header.value() == null ? new byte[0] : header.value()));
            headers.add(h);
        }
        return json.writeValueAsString(headers);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final RowMapper<ParkedRecord> ROW = (rs, i) -> new ParkedRecord(
            rs.getObject("id", UUID.class), rs.getString("consumer_group"), rs.getString("topic"),
            rs.getInt("record_partition"), rs.getLong("record_offset"), rs.getString("record_key"),
            rs.getString("event_id"), rs.getString("event_type"), State.valueOf(rs.getString("state")),
            rs.getString("error"), instant(rs.getTimestamp("parked_at")), instant(rs.getTimestamp("settled_at")),
            rs.getString("settled_by"), rs.getString("reason"));

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
