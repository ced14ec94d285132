package nl.hamerslag.followup.support;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.contracts.followup.StandInItemOpened.StandInKind;
import nl.hamerslag.contracts.followup.StandInItemOpened.StandInOwner;
import nl.hamerslag.contracts.followup.StandInItemOpened;
import nl.hamerslag.contracts.followup.StandInListRevised;
import nl.hamerslag.platform.visibility.ProposalAudiences;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up events published straight to the event store (the outbox), as the follow-up aggregates
 * will: the stream, the webhooks and the relay take them from there.
 */
public final class StreamFixtures {

    private final EventGateway events;
    private final TransactionTemplate transaction;
    private final ProposalAudiences audiences;

    public StreamFixtures(EventGateway events, TransactionTemplate transaction, ProposalAudiences audiences) {
        this.events = events;
        this.transaction = transaction;
        this.audiences = audiences;
    }

    public void publish(IntegrationEvent... published) {
        transaction.executeWithoutResult(status -> events.publish((Object[]) published));
    }

    /**
     * An item about a {@code vertrouwelijk} council proposal: the griffie and the council members are
     * in its circle (the deciding body), an administrator or a college member is not.
     */
    public StandInItemOpened itemOpened(String itemId) {
        return itemAbout(submitted(DecidingBody.COUNCIL), itemId);
    }

    /** An item about a {@code vertrouwelijk} college proposal: neither the griffie nor a council member sees it. */
    public StandInItemOpened itemOpenedInTheCollege(String itemId) {
        return itemAbout(submitted(DecidingBody.COLLEGE), itemId);
    }

    private ProposalId submitted(DecidingBody body) {
        ProposalId id = ProposalId.newId();
        audiences.submitted(new ProposalSubmitted(id, ContentHash.sha256(id.toString().getBytes(StandardCharsets.UTF_8)),
                body == DecidingBody.COLLEGE ? ProposalType.COLLEGE_PROPOSAL : ProposalType.COUNCIL_PROPOSAL,
                "Voorstel " + id, "Ruimte", "wethouder Jansen", Confidentiality.VERTROUWELIJK, false, false, body,
                "anna", null));
        return id;
    }

    private static StandInItemOpened itemAbout(ProposalId proposalId, String itemId) {
        return new StandInItemOpened(proposalId, itemId, StandInKind.COMMITMENT, "Raad informeren over " + itemId,
                LocalDate.of(2027, 3, 1), Instant.parse("2026-12-02T09:00:00Z"),
                List.of(new StandInOwner("wethouder Jansen", "Ruimte")), 1);
    }

    public static StandInListRevised listRevised(String listId) {
        return new StandInListRevised(listId, "Toezeggingenlijst");
    }
}
