package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No such agenda item, or the item of a proposal the caller may not know of. */
class AgendaItemNotFound extends RuleViolation {
    AgendaItemNotFound(String meetingId, String agendaItemId) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " has no agenda item " + agendaItemId
                + "; GET /api/meetings/" + meetingId + "/agenda lists its items.");
    }
}
