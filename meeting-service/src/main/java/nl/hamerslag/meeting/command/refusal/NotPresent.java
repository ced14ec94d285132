package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Only a member present in the meeting votes, submits or commits. */
public class NotPresent extends RuleViolation {
    public NotPresent(String meetingId, String memberId) {
        super(Kind.UNPROCESSABLE, "Member " + memberId + " is not present in meeting " + meetingId + "; record their attendance first (PRESENT), or leave them out: absent members are listed as absent.");
    }
}
