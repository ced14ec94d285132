package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Attendance and votes are about the members the meeting was planned with. */
public class NotAMember extends RuleViolation {
    public NotAMember(String meetingId, String memberId) {
        super(Kind.UNPROCESSABLE, "'" + memberId + "' is not a member of the body of meeting " + meetingId
                + "; use the memberId of one of the meeting's members (GET /api/meetings/" + meetingId + ").");
    }
}
