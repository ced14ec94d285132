package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No meeting with that id is known to the package. */
class PackageMeetingNotFound extends RuleViolation {

    PackageMeetingNotFound(String meetingId) {
        super(Kind.NOT_FOUND, "There is no meeting " + meetingId + ".");
    }
}
