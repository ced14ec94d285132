package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A meeting's decision list exists once the meeting closed. */
class DecisionListNotDrawnUp extends RuleViolation {
    DecisionListNotDrawnUp(String meetingId, Object state) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " is " + state + "; its decision list is drawn up when it closes "
                + "(POST /api/meetings/" + meetingId + "/close).");
    }
}
