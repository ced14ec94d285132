package nl.hamerslag.contracts.followup;

/** What a follow-up item (opvolgpunt) follows up. */
public enum FollowUpKind {
    /** vervolgactie: an action a decision asks for; settled by a manager of its department. */
    ACTION,
    /** toezegging: a promise of the college to the council; settled by the griffie (the council agrees). */
    COMMITMENT,
    /** motie: the execution of an adopted motion; settled by the griffie (the council agrees). */
    MOTION,
    /** raadsvraag: a council question to be answered; settled by a manager of its department. */
    QUESTION
}
