package nl.hamerslag.meeting.command;

import nl.hamerslag.contracts.meeting.InstrumentOutcome;

/** Where an amendment or motion is: SUBMITTED, then ADOPTED or REJECTED by its vote, WITHDRAWN or HELD. */
public enum InstrumentState {
    /** ingediend: awaits its vote. */
    SUBMITTED,
    /** aangenomen. */
    ADOPTED,
    /** verworpen. */
    REJECTED,
    /** ingetrokken by its submitters. */
    WITHDRAWN,
    /** aangehouden: kept for a later meeting, also after a tie. */
    HELD;

    public static InstrumentState of(InstrumentOutcome outcome) {
        return valueOf(outcome.name());
    }
}
