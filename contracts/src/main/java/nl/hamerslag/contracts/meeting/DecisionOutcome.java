package nl.hamerslag.contracts.meeting;

/** The outcome of an agenda item. */
public enum DecisionOutcome {
    /** conform: as proposed. */
    AS_PROPOSED,
    /** gewijzigd: amended. */
    AMENDED,
    /** aangehouden: postponed; the proposal is ready to be scheduled again. */
    POSTPONED,
    /** verworpen: rejected. */
    REJECTED,
    /** teruggetrokken: withdrawn from the agenda. */
    WITHDRAWN
}
