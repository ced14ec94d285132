package nl.hamerslag.contracts.publication;

/** What a publication (publicatie) is, by the event it came from. */
public enum PublicationKind {
    /** besluit: one decision on an agenda item, from meeting's DecisionTaken. */
    DECISION,
    /** agenda: the openbaar entries of a published agenda, from meeting's AgendaPublished (and AgendaChanged). */
    AGENDA,
    /** vergaderstukken: the public variant of a meeting package, from meeting's MeetingPackageCompiled. */
    MEETING_PACKAGE,
    /** besluitenlijst: the openbaar decisions of a meeting, when its decision list was adopted. */
    DECISION_LIST,
    /** antwoord op raadsvragen: a settled council question's answer, from follow-up. */
    ANSWER,
    /** brief: the letter that settled a commitment (toezegging), from follow-up. */
    LETTER,
    /**
     * stemming: the result of a vote in a council or committee meeting, overall and per party group, from
     * meeting's VoteHeld. The college votes behind closed doors (Gemeentewet art. 54): its votes are never offered.
     */
    VOTE
}
