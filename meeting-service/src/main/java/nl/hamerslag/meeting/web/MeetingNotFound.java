package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No meeting with that id. */
class MeetingNotFound extends RuleViolation {
    MeetingNotFound(String meetingId) {
        super(Kind.NOT_FOUND, "There is no meeting " + meetingId + "; GET /api/meetings lists them.");
    }
}
