package nl.hamerslag.drafting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.drafting.command.DraftingCommands.MarkApproved;
import nl.hamerslag.drafting.command.DraftingCommands.MarkReturned;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The sign-off route's outcome: completed, the proposal is ready for a decision; refused, it goes
 * back to its author with the remarks. One listener per topic (one consumer group), one inbox
 * consumer per event type.
 */
@Component
public class SignOffListener {

    private final Inbox inbox;
    private final CommandGateway commands;

    public SignOffListener(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.APPROVAL)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("drafting.route-completed", record, RouteCompleted.class, event ->
                commands.sendAndWait(new MarkApproved(event.proposalId(), event.routeId(), event.version())));
        inbox.receive("drafting.returned-for-revision", record, ReturnedForRevision.class, event ->
                commands.sendAndWait(new MarkReturned(event.proposalId(), event.routeId(), event.version(),
                        event.remarks())));
    }
}
