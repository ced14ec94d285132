package nl.hamerslag.platform.parking;

import nl.hamerslag.platform.parking.ParkedRecord.State;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * The end of the line for a record that can never be handled as it is: it is kept in parked_record
 * and the consumer moves on. The later records of its key wait behind it (the inbox sees to that).
 * If parking itself fails, the exception makes the error handler deliver the record again.
 */
public class ParkingRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(ParkingRecoverer.class);

    private final ParkedRecords parked;
    private final String defaultGroup;

    public ParkingRecoverer(ParkedRecords parked, String defaultGroup) {
        this.parked = parked;
        this.defaultGroup = defaultGroup;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        String group = consumerGroup(defaultGroup);
        parked.park(group, (ConsumerRecord<String, byte[]>) record, State.PARKED, Failures.describe(exception));
        log.error("Parked {}/{}@{} (key {}) for consumer group {}: {}. Later records of this key wait behind it. "
                        + "An ADMIN can see it at GET /api/admin/parked and retry it once the cause is fixed, or resolve it with a reason.",
                record.topic(), record.partition(), record.offset(), record.key(), group, Failures.describe(exception));
    }

    /** The group of the listener on this thread (set by the container), else the service's default group. */
    static String consumerGroup(String defaultGroup) {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? defaultGroup : group;
    }
}
