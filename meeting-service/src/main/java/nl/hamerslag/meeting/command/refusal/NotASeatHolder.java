package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Only members holding a seat vote and submit amendments and motions. */
public class NotASeatHolder extends RuleViolation {
    public NotASeatHolder(String meetingId, String memberId) {
        super(Kind.UNPROCESSABLE, "Member " + memberId + " holds no seat in the body of meeting " + meetingId + " (the chair, the clerk, aldermen and the secretary do not vote); name council or committee members only.");
    }
}
