package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Holds one clipping of any size: a published event that can be too large for Kafka. */
@Aggregate
class Scrapbook {

    record PasteClipping(@TargetAggregateIdentifier String scrapbookId, ProposalId proposalId, String text) {
    }

    /** Published: the relay sends it to Kafka, or tries to. */
    record ClippingPasted(ProposalId proposalId, String scrapbookId, String text) implements IntegrationEvent {
    }

    @AggregateIdentifier
    private String scrapbookId;

    Scrapbook() {
    }

    @CommandHandler
    Scrapbook(PasteClipping command) {
        apply(new ClippingPasted(command.proposalId(), command.scrapbookId(), command.text()));
    }

    @EventSourcingHandler
    void on(ClippingPasted event) {
        scrapbookId = event.scrapbookId();
    }
}
