package nl.hamerslag.publication.command;

/** Where a publication is on its way to the public. */
public enum PublicationState {
    /** kandidaat: waits for the final editor. */
    CANDIDATE,
    /** ingepland: goes public at a moment the editor chose; the editor may still publish it earlier. */
    SCHEDULED,
    /** onder embargo: goes public when the embargo ends, and not a moment earlier. */
    EMBARGOED,
    /** gepubliceerd: on every public channel. */
    PUBLISHED,
    /** geweigerd: the editor refused it with a Woo ground; nothing of it is public. */
    REFUSED,
    /** teruggetrokken: gone from every public channel; a withdrawal notice remains. */
    WITHDRAWN
}
