package nl.hamerslag.contracts.meeting;

/** What a vote (stemming) is about. */
public enum VoteSubject {
    /** the proposal of an agenda item. */
    PROPOSAL,
    AMENDMENT,
    MOTION
}
