package nl.hamerslag.followup.support;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.followup.StandInItemOpened;
import nl.hamerslag.contracts.followup.StandInItemOpened.StandInKind;
import nl.hamerslag.contracts.followup.StandInItemOpened.StandInOwner;
import nl.hamerslag.contracts.followup.StandInListRevised;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.transaction.support.TransactionTemplate;

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

    public StreamFixtures(EventGateway events, TransactionTemplate transaction) {
        this.events = events;
        this.transaction = transaction;
    }

    public void publish(IntegrationEvent... published) {
        transaction.executeWithoutResult(status -> events.publish((Object[]) published));
    }

    public static StandInItemOpened itemOpened(String itemId) {
        return new StandInItemOpened(ProposalId.newId(), itemId, StandInKind.COMMITMENT, "Raad informeren over " + itemId,
                LocalDate.of(2027, 3, 1), Instant.parse("2026-12-02T09:00:00Z"),
                List.of(new StandInOwner("wethouder Jansen", "Ruimte")), 1);
    }

    public static StandInListRevised listRevised(String listId) {
        return new StandInListRevised(listId, "Toezeggingenlijst");
    }
}
