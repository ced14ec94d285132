package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import nl.hamerslag.publication.query.SourceFacts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Doorsturen ({@link ProposalSubmitted}) says who may see a proposal, and so its publications
 * (docs/decisions/0017), and names its documents, which a decision later names by hash only.
 */
@Component
public class DraftingEventsTranslator {

    private final Inbox inbox;
    private final ProposalAudiences audiences;
    private final SourceFacts facts;

    public DraftingEventsTranslator(Inbox inbox, ProposalAudiences audiences, SourceFacts facts) {
        this.inbox = inbox;
        this.audiences = audiences;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.DRAFTING)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("publication.proposal-submitted", record, ProposalSubmitted.class, event -> {
            audiences.submitted(event);
            facts.documents(event.manifest().attachments());
        });
    }
}
