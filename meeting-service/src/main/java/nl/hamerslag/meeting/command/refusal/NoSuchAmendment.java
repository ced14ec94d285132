package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** An amendment is known by the id it got when it was submitted. */
public class NoSuchAmendment extends RuleViolation {
    public NoSuchAmendment(String meetingId, String amendmentId) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " has no amendment " + amendmentId + "; GET " + "/api/meetings/" + meetingId + "/amendments lists them.");
    }
}
