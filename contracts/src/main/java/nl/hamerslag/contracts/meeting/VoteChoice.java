package nl.hamerslag.contracts.meeting;

/** A member's vote: there is no abstention in a Dutch council (Gemeentewet art. 32). */
public enum VoteChoice {
    FOR,
    AGAINST
}
