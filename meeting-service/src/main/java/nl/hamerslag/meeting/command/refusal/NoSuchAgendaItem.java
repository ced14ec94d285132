package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The item is not on this meeting's agenda. */
public class NoSuchAgendaItem extends RuleViolation {
    public NoSuchAgendaItem(String meetingId, String agendaItemId) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " has no agenda item " + agendaItemId
                + "; GET /api/meetings/" + meetingId + "/agenda lists its items.");
    }
}
