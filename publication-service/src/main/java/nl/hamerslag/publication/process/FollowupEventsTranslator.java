package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.followup.FollowUpItemOpened;
import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.QuestionRegistered;
import nl.hamerslag.contracts.followup.SettlementAccepted;
import nl.hamerslag.contracts.followup.SettlementProposed;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;
import nl.hamerslag.platform.inbox.Inbox;
import nl.hamerslag.publication.process.CandidateDraft.DocumentRef;
import nl.hamerslag.publication.query.SourceFacts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A settled council question's answer and a settled commitment's letter become candidates (for the
 * council: the college's letters are its incoming documents). The item's kind, text and document are
 * learnt from the events that opened it and proposed its settlement, which come before its acceptance
 * on the same key. An answer about a proposal is as confidential as the proposal (unknown: geheim).
 */
@Component
public class FollowupEventsTranslator {

    private final Inbox inbox;
    private final Candidates candidates;
    private final SourceFacts facts;

    public FollowupEventsTranslator(Inbox inbox, Candidates candidates, SourceFacts facts) {
        this.inbox = inbox;
        this.candidates = candidates;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.FOLLOWUP)
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("publication.item-opened", record, FollowUpItemOpened.class, event ->
                facts.followUpItem(event.itemId(), event.kind(), event.proposalId(), event.text()));
        inbox.receive("publication.question-registered", record, QuestionRegistered.class, event ->
                facts.question(event.itemId(), event.text(), event.submitter()));
        inbox.receive("publication.settlement-proposed", record, SettlementProposed.class, event ->
                facts.settlementDocument(event.itemId(), event.documentName(), event.mediaType(), event.size(), event.sha256()));
        inbox.receive("publication.settlement-accepted", record, SettlementAccepted.class, this::settled);
    }

    private void settled(SettlementAccepted event) {
        SourceFacts.FollowUpItem item = facts.followUpItem(event.itemId()).filter(known -> known.kind() != null)
                .orElseThrow(() -> new IllegalStateException("follow-up item " + event.itemId()
                        + " was settled, but publication never learnt what it is (its FollowUpItemOpened did not arrive)"));
        PublicationKind kind = item.kind() == FollowUpKind.QUESTION ? PublicationKind.ANSWER
                : item.kind() == FollowUpKind.COMMITMENT ? PublicationKind.LETTER : null;
        if (kind == null) {
            return;
        }
        boolean sameDocument = event.sha256() != null && event.sha256().equals(item.sha256());
        List<DocumentRef> documents = event.sha256() == null ? List.of() : List.of(new DocumentRef(ServiceCatalog.FOLLOWUP,
                ContentHash.of(event.sha256()), sameDocument ? item.documentName() : null, sameDocument ? item.mediaType() : null));
        Confidentiality confidentiality = item.proposalId() == null ? Confidentiality.OPENBAAR
                : facts.confidentiality(item.proposalId()).orElse(Confidentiality.GEHEIM);
        String title = kind == PublicationKind.ANSWER
                ? "Antwoord op raadsvragen" + (item.submitter() == null ? "" : " van " + item.submitter())
                : "Brief over een toezegging";
        candidates.offer(new CandidateDraft(CandidateDraft.publicationId(kind.name().toLowerCase(java.util.Locale.ROOT),
                event.itemId()), kind, new PublicationSource(null, null, event.proposalId(), event.itemId()),
                DecidingBody.COUNCIL, null, title, item.text(), confidentiality, documents));
    }
}
