package nl.hamerslag.contracts.publication;

import nl.hamerslag.contracts.IntegrationEvent;
import nl.hamerslag.contracts.ProposalId;

/**
 * An event about one publication. Keyed on Kafka by its proposal when it has one, else by its
 * meeting, else by the publication itself (ADR 28), so a dossier's publications follow its decisions.
 */
public interface PublicationEvent extends IntegrationEvent {

    String publicationId();

    PublicationSource source();

    @Override
    default ProposalId proposalId() {
        return source() == null ? null : source().proposalId();
    }

    @Override
    default String partitionKey() {
        return source() == null ? publicationId() : source().partitionKey(publicationId());
    }
}
