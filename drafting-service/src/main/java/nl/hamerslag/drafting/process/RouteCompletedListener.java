package nl.hamerslag.drafting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.drafting.command.DraftingCommands.MarkApproved;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** When the sign-off route completes, the proposal is ready for a decision. */
@Component
public class RouteCompletedListener {

    private final Inbox inbox;
    private final CommandGateway commands;

    public RouteCompletedListener(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.APPROVAL)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("drafting.route-completed", record, RouteCompleted.class, event ->
                commands.sendAndWait(new MarkApproved(event.proposalId(), event.routeId(), event.version())));
    }
}
