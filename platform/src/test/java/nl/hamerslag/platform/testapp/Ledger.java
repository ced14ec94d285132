package nl.hamerslag.platform.testapp;

import nl.hamerslag.platform.testapp.TallyMessages.ReceiptRecorded;
import nl.hamerslag.platform.testapp.TallyMessages.RecordReceipt;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The downstream effect of a relayed event: one receipt per effect, counted by the tests. */
@Aggregate
class Ledger {

    @AggregateIdentifier
    private String ledgerId;

    Ledger() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReceipt command) {
        apply(new ReceiptRecorded(command.ledgerId(), command.eventId()));
    }

    @EventSourcingHandler
    void on(ReceiptRecorded event) {
        ledgerId = event.ledgerId();
    }
}
