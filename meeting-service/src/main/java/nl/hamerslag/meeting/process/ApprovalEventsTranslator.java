package nl.hamerslag.meeting.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.meeting.query.ReadyList;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The sign-off route, as the ready list needs it: its completion makes the approved version ready
 * for its first body; its seats and the people it names (delegates, signers) widen who may see the
 * proposal (docs/decisions/0017). One listener per topic, one inbox consumer per event type.
 */
@Component
public class ApprovalEventsTranslator {

    private final Inbox inbox;
    private final ReadyList readyList;
    private final ProposalAudiences audiences;

    public ApprovalEventsTranslator(Inbox inbox, ReadyList readyList, ProposalAudiences audiences) {
        this.inbox = inbox;
        this.readyList = readyList;
        this.audiences = audiences;
    }

    @KafkaListener(topics = Topics.APPROVAL)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("meeting.route-opened", record, RouteOpened.class, audiences::routeOpened);
        inbox.receive("meeting.step-delegated", record, StepDelegated.class, event ->
                audiences.named(event.proposalId(), event.delegateSubject()));
        inbox.receive("meeting.step-approved", record, StepApproved.class, event ->
                audiences.named(event.proposalId(), event.signer() == null ? null : event.signer().subject()));
        inbox.receive("meeting.route-completed", record, RouteCompleted.class, event ->
                readyList.approved(event.proposalId(), event.version(), Translation.occurredAt(record)));
    }
}
