package nl.hamerslag.contracts;

/**
 * An event one service publishes for the others. Implementations are records in this module; the
 * relay sends each to its service's topic keyed by {@link #proposalId()}, so all events of one
 * dossier stay in order on one partition.
 */
public interface IntegrationEvent {

    /** The dossier key; null for an event about a meeting as a whole, which is keyed by {@link #partitionKey()}. */
    ProposalId proposalId();

    /**
     * The Kafka record key: the proposal, so that one dossier stays in order on one partition; an
     * event that belongs to no proposal (a meeting planned, an agenda published) names its own key.
     */
    default String partitionKey() {
        return proposalId().toString();
    }

    /**
     * The schema version of this event's JSON form; raise it when a field changes meaning or is
     * removed (adding a field is compatible and keeps the version).
     */
    default int schemaVersion() {
        return 1;
    }
}
