package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A motion is known by the id it got when it was submitted. */
public class NoSuchMotion extends RuleViolation {
    public NoSuchMotion(String meetingId, String motionId) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " has no motion " + motionId + "; GET " + "/api/meetings/" + meetingId + "/motions lists them.");
    }
}
