package nl.hamerslag.publication.command;

/** Whether a candidate goes public by itself or waits for the final editor (eindredacteur). */
public enum PublicationMode {
    /** at once when it is openbaar (an agenda: when it is published); never for what is not openbaar. */
    AUTOMATIC,
    /** waits in the final editor's queue. */
    EDITOR
}
