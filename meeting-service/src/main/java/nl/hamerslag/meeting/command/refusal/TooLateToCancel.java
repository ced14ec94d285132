package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.platform.problem.RuleViolation;

/** A meeting is cancelled before it opens; once opened it is closed instead. */
public class TooLateToCancel extends RuleViolation {
    public TooLateToCancel(String meetingId, MeetingState state) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " is " + state + "; only a meeting that has not opened "
                + "(PLANNED or AGENDA_PUBLISHED) can be cancelled. An opened meeting is closed "
                + "(POST /api/meetings/" + meetingId + "/close), postponing the items it does not deal with.");
    }
}
