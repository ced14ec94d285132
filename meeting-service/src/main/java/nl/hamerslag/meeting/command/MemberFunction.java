package nl.hamerslag.meeting.command;

/** The function a member has in a body. */
public enum MemberFunction {
    /** burgemeester: chairs the college and the council, has no seat (no vote) in the council. */
    MAYOR,
    /** wethouder. */
    ALDERMAN,
    /** raadslid: holds a seat. */
    COUNCIL_MEMBER,
    /** commissielid who is not a council member (burgerlid). */
    COMMITTEE_MEMBER,
    /** griffier. */
    CLERK,
    /** gemeentesecretaris. */
    SECRETARY;

    /** Holds a seat: votes, and counts for the quorum. */
    public boolean holdsSeat() {
        return this == COUNCIL_MEMBER || this == COMMITTEE_MEMBER;
    }
}
