package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

final class TallyMessages {

    record CreateTally(@TargetAggregateIdentifier String tallyId, ProposalId proposalId, String name) {
    }

    record CountTally(@TargetAggregateIdentifier String tallyId) {
    }

    record TallyCreated(String tallyId, ProposalId proposalId, String name) {
    }

    /** Published: the relay sends it to Kafka. */
    record TallyCounted(ProposalId proposalId, String tallyId, int number) implements IntegrationEvent {
    }

    record RecordReceipt(@TargetAggregateIdentifier String ledgerId, String eventId) {
    }

    record ReceiptRecorded(String ledgerId, String eventId) {
    }

    private TallyMessages() {
    }
}
