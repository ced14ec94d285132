package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The sign-off route's seats and the people it names widen who may see a proposal's publications (docs/decisions/0017). */
@Component
public class ApprovalEventsTranslator {

    private final Inbox inbox;
    private final ProposalAudiences audiences;

    public ApprovalEventsTranslator(Inbox inbox, ProposalAudiences audiences) {
        this.inbox = inbox;
        this.audiences = audiences;
    }

    @KafkaListener(topics = Topics.APPROVAL)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("publication.route-opened", record, RouteOpened.class, audiences::routeOpened);
        inbox.receive("publication.step-delegated", record, StepDelegated.class, event ->
                audiences.named(event.proposalId(), event.delegateSubject()));
        inbox.receive("publication.step-approved", record, StepApproved.class, event ->
                audiences.named(event.proposalId(), event.signer() == null ? null : event.signer().subject()));
    }
}
