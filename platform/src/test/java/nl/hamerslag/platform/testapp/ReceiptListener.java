package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.platform.inbox.IncomingEvent;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.testapp.TallyMessages.RecordReceipt;
import nl.hamerslag.platform.testapp.TallyMessages.TallyCounted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A downstream consumer of the relayed events, behind the inbox; counts deliveries per tally. */
@Component
public class ReceiptListener {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Inbox inbox;
    private final CommandGateway commands;
    private final JsonMapper json;

    ReceiptListener(Inbox inbox, CommandGateway commands, JsonMapper json) {
        this.inbox = inbox;
        this.commands = commands;
        this.json = json;
    }

    @KafkaListener(topics = Topics.DRAFTING, groupId = "platform-test-receipts")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("receipts", record, TallyCounted.class, event ->
                commands.sendAndWait(new RecordReceipt("ledger-" + event.tallyId(), IncomingEvent.from(record).eventId())));
        if (IncomingEvent.from(record).is(TallyCounted.class)) {
            String tallyId = json.readValue(record.value(), TallyCounted.class).tallyId();
            deliveries.computeIfAbsent(tallyId, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public int deliveries(String tallyId) {
        AtomicInteger count = deliveries.get(tallyId);
        return count == null ? 0 : count.get();
    }
}
