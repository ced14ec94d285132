package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.platform.problem.RuleViolation;

/** A meeting opens on a published agenda, once. */
public class AgendaNotPublished extends RuleViolation {
    public AgendaNotPublished(String meetingId, MeetingState state) {
        super(Kind.CONFLICT, "Meeting " + meetingId + " is " + state + "; only a meeting whose agenda is published "
                + "(AGENDA_PUBLISHED) can be opened. Publish the agenda first (POST /api/meetings/" + meetingId
                + "/agenda/publish).");
    }
}
