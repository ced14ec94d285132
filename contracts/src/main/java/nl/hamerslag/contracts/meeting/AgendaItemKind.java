package nl.hamerslag.contracts.meeting;

/** What an agenda item (agendapunt) is: a proposal, or one of the standing items of a meeting. */
public enum AgendaItemKind {
    /** opening. */
    OPENING,
    /** mededelingen. */
    ANNOUNCEMENTS,
    /** vaststellen besluitenlijst van de vorige vergadering. */
    PREVIOUS_DECISION_LIST,
    /** ingekomen stukken. */
    INCOMING_DOCUMENTS,
    /** a proposal (voorstel) to decide on. */
    PROPOSAL,
    /** sluiting. */
    CLOSING
}
