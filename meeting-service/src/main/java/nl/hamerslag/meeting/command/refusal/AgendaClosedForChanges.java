package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.platform.problem.RuleViolation;

/** The agenda of a cancelled or closed meeting no longer changes. */
public class AgendaClosedForChanges extends RuleViolation {
    public AgendaClosedForChanges(String meetingId, MeetingState state) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " is " + state + "; its agenda no longer changes. Put the item "
                + "on the agenda of another meeting of the same body (GET /api/meetings?body=...).");
    }
}
