package nl.hamerslag.approval.process;

import nl.hamerslag.approval.command.OpenRoute;
import nl.hamerslag.approval.command.Submission;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Doorsturen starts the sign-off: each {@link ProposalSubmitted} on the drafting topic opens the route
 * of that version. The inbox records the event id in the same transaction as the route, so a
 * redelivered record has no second effect; other drafting events are passed over.
 */
@Component
class ProposalSubmittedTranslator {

    static final String CONSUMER = "approval.proposal-submitted";

    private final Inbox inbox;
    private final CommandGateway commands;

    ProposalSubmittedTranslator(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.DRAFTING)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, ProposalSubmitted.class, submitted -> commands.sendAndWait(
                OpenRoute.forSubmission(submitted.proposalId(), submitted.version(), new Submission(
                        submitted.type(), submitted.decidingBody(),
                        submitted.financialConsequences(), submitted.legalConsequences()))));
    }
}
