package nl.hamerslag.drafting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.drafting.command.MarkApproved;
import nl.hamerslag.drafting.command.MarkReturned;
import nl.hamerslag.drafting.command.NameInRoute;
import nl.hamerslag.drafting.command.RecordRouteSeats;
import nl.hamerslag.drafting.command.RouteSeat;
import nl.hamerslag.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The sign-off route, as drafting needs it: its outcome (completed: ready for a decision; refused:
 * back to the author with the remarks) and who it lets see the proposal (the route's seats, the
 * delegates and signers it names; ADR 0017). One listener per topic (one consumer group), one inbox
 * consumer per event type.
 */
@Component
public class ApprovalEventsTranslator {

    private final Inbox inbox;
    private final CommandGateway commands;

    public ApprovalEventsTranslator(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = Topics.APPROVAL)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("drafting.route-opened", record, RouteOpened.class, event ->
                commands.sendAndWait(new RecordRouteSeats(event.proposalId(), event.routeId(),
                        event.stages().stream().flatMap(stage -> stage.steps().stream())
                                .map(step -> new RouteSeat(step.role(), step.department())).toList())));
        inbox.receive("drafting.step-delegated", record, StepDelegated.class, event ->
                commands.sendAndWait(new NameInRoute(event.proposalId(), event.routeId(), event.delegateSubject())));
        inbox.receive("drafting.step-approved", record, StepApproved.class, event ->
                commands.sendAndWait(new NameInRoute(event.proposalId(), event.routeId(), event.signer().subject())));
        inbox.receive("drafting.route-completed", record, RouteCompleted.class, event ->
                commands.sendAndWait(new MarkApproved(event.proposalId(), event.routeId(), event.version())));
        inbox.receive("drafting.returned-for-revision", record, ReturnedForRevision.class, event ->
                commands.sendAndWait(new MarkReturned(event.proposalId(), event.routeId(), event.version(),
                        event.remarks())));
    }
}
