package nl.hamerslag.contracts.meeting;

/** The result of a vote. */
public enum VoteResult {
    /** aangenomen: a majority of the votes cast is FOR. */
    ADOPTED,
    /** verworpen. */
    REJECTED,
    /** staking van stemmen: as many FOR as AGAINST; carried to the next meeting. */
    TIED
}
