package nl.hamerslag.contracts.meeting;

/** Where a motion or amendment ended. */
public enum InstrumentOutcome {
    /** aangenomen. */
    ADOPTED,
    /** verworpen. */
    REJECTED,
    /** ingetrokken by its submitters. */
    WITHDRAWN,
    /** aangehouden: kept for a later meeting. */
    HELD
}
