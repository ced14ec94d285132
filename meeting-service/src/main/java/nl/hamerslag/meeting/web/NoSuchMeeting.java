package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** The floor of a meeting that was never planned does not exist. */
class NoSuchMeeting extends RuleViolation {
    NoSuchMeeting(String meetingId) {
        super(Kind.NOT_FOUND, "There is no meeting '" + meetingId + "'; GET /api/meetings lists the meetings.");
    }
}
