package nl.hamerslag.platform.parking;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.platform.parking.ParkedRecord.Sequence;
import nl.hamerslag.platform.parking.ParkedRecord.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An ADMIN's retry or resolve of a parked record, and then the release of the records of its key that
 * waited behind it, oldest first, each applied through its listener. A release stops at the first
 * record that fails again (parked with its new error; the rest keep waiting) or at a later record
 * that was parked itself.
 */
public class ParkedRecordSettlement {

    private static final Logger log = LoggerFactory.getLogger(ParkedRecordSettlement.class);

    private final ParkedRecords records;
    private final ListenerReplayer replayer;
    private final ParkedRecordAudit audit;
    private final TransactionTemplate transaction;

    public ParkedRecordSettlement(ParkedRecords records, ListenerReplayer replayer, ParkedRecordAudit audit,
                                  TransactionTemplate transaction) {
        this.records = records;
        this.replayer = replayer;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Schema(description = "Het bericht na de actie, en de berichten die erachter wachtten en nu zijn verwerkt "
            + "(of opnieuw geparkeerd als het weer misging)")
    public record Settlement(ParkedRecord record, List<ParkedRecord> released) {
    }

    public Settlement retry(UUID id, Actor actor) {
        ParkedRecord head = head(id);
        String error = apply(head);
        transaction.executeWithoutResult(status -> {
            records.lock(head.sequence());
            if (error == null) {
                records.settle(id, State.APPLIED, actor.subject(), null);
            } else {
                records.failedAgain(id, error);
            }
            audit.record(id, new ParkedRecordRetried(id.toString(), head.consumerGroup(), head.topic(), head.partition(),
                    head.offset(), head.key(), head.eventId(), head.eventType(), error == null, error), actor);
        });
        log.info("{} retried parked record {} ({} {}/{}@{}): {}", actor.subject(), id, head.eventType(), head.topic(),
                head.partition(), head.offset(), error == null ? "applied" : "failed again, still parked: " + error);
        return new Settlement(records.find(id).orElseThrow(), error == null ? release(head.sequence()) : List.of());
    }

    public Settlement resolve(UUID id, String reason, Actor actor) {
        ParkedRecord head = head(id);
        transaction.executeWithoutResult(status -> {
            records.lock(head.sequence());
            records.settle(id, State.RESOLVED, actor.subject(), reason);
            audit.record(id, new ParkedRecordResolved(id.toString(), head.consumerGroup(), head.topic(), head.partition(),
                    head.offset(), head.key(), head.eventId(), head.eventType(), reason), actor);
        });
        log.info("{} resolved parked record {} ({} {}/{}@{}) without applying it: {}", actor.subject(), id,
                head.eventType(), head.topic(), head.partition(), head.offset(), reason);
        return new Settlement(records.find(id).orElseThrow(), release(head.sequence()));
    }

    private ParkedRecord head(UUID id) {
        ParkedRecord record = records.find(id).orElseThrow(() -> new ParkedRecordNotFound(id));
        if (record.state() != State.PARKED) {
            throw new ParkedRecordNotAtHead(record);
        }
        return record;
    }

    private List<ParkedRecord> release(Sequence sequence) {
        List<ParkedRecord> released = new ArrayList<>();
        while (true) {
            // under the sequence's lock: a consumer parking a new record behind this line either did so
            // before (and it is found here) or sees the line empty and applies its record itself
            Optional<ParkedRecord> next = transaction.execute(status -> {
                records.lock(sequence);
                return records.firstUnresolved(sequence);
            });
            if (next == null || next.isEmpty() || next.get().state() == State.PARKED) {
                return released;
            }
            ParkedRecord waiting = next.get();
            String error = apply(waiting);
            transaction.executeWithoutResult(status -> {
                records.lock(sequence);
                if (error == null) {
                    records.settle(waiting.id(), State.APPLIED, "released", null);
                } else {
                    records.failedAgain(waiting.id(), error);
                }
            });
            released.add(records.find(waiting.id()).orElseThrow());
            if (error != null) {
                log.error("Released record {} ({} {}/{}@{}) failed: {}. It is parked now; the records behind it keep waiting.",
                        waiting.id(), waiting.eventType(), waiting.topic(), waiting.partition(), waiting.offset(), error);
                return released;
            }
        }
    }

    /** @return null when applied, else the error */
    private String apply(ParkedRecord record) {
        try {
            replayer.replay(record.consumerGroup(), records.original(record.id()));
            return null;
        } catch (RuntimeException e) {
            return Failures.describe(e);
        }
    }
}
