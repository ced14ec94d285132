package nl.hamerslag.contracts;

/**
 * An event one service publishes for the others. Implementations are records in this module; the
 * relay sends each to its service's topic keyed by {@link #proposalId()}, so all events of one
 * dossier stay in order on one partition.
 */
public interface IntegrationEvent {

    /** The dossier key. */
    ProposalId proposalId();

    /**
     * The schema version of this event's JSON form; raise it when a field changes meaning or is
     * removed (adding a field is compatible and keeps the version).
     */
    default int schemaVersion() {
        return 1;
    }
}
