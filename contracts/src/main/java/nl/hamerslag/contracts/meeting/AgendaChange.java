package nl.hamerslag.contracts.meeting;

/** How a published agenda changed. */
public enum AgendaChange {
    /** toegevoegd. */
    ADDED,
    /** verplaatst. */
    MOVED,
    /** teruggenomen van de agenda. */
    WITHDRAWN,
    /** hamerstuk of bespreekstuk, of vertrouwelijkheid, gewijzigd. */
    MARKED
}
