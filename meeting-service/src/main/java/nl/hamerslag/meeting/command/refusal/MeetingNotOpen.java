package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.platform.problem.RuleViolation;

/** Attendance, decisions, votes, motions, amendments and commitments are recorded while the meeting is open. */
public class MeetingNotOpen extends RuleViolation {
    public MeetingNotOpen(String meetingId, MeetingState state) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " is " + state + ", not OPENED; open it first "
                + "(POST /api/meetings/" + meetingId + "/open) or, if it is closed or cancelled, record this in another meeting.");
    }
}
