package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.IntegrationEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * The relay's events of one proposal are handled one after the other, whichever aggregate applied
 * them (a proposal, its attachments, its routes): they are all keyed by the proposal on Kafka, so
 * their order there is their order here. An event about a meeting as a whole is keyed, and
 * sequenced, by its meeting. With several segments, different proposals go in parallel.
 */
public final class ProposalSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    public static final ProposalSequencingPolicy INSTANCE = new ProposalSequencingPolicy();

    private ProposalSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof IntegrationEvent integrationEvent) {
            return integrationEvent.partitionKey();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
