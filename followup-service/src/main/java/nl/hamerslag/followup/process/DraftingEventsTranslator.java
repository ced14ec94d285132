package nl.hamerslag.followup.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Doorsturen ({@link ProposalSubmitted}) says who may see a proposal, and so its follow-up (docs/decisions/0017). */
@Component
public class DraftingEventsTranslator {

    private final Inbox inbox;
    private final ProposalAudiences audiences;

    public DraftingEventsTranslator(Inbox inbox, ProposalAudiences audiences) {
        this.inbox = inbox;
        this.audiences = audiences;
    }

    @KafkaListener(topics = Topics.DRAFTING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("followup.proposal-submitted", record, ProposalSubmitted.class, audiences::submitted);
    }
}
