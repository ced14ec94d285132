package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** The item "vaststellen besluitenlijst" names an earlier meeting of the same body. */
public class PreviousMeetingUnknown extends RuleViolation {
    public PreviousMeetingUnknown(String previousMeetingId, String why) {
        super(Kind.UNPROCESSABLE, "previousMeetingId: " + (previousMeetingId == null ? "missing" : "'" + previousMeetingId
                + "' " + why) + "; name an earlier meeting of the same body whose decision list is to be adopted "
                + "(GET /api/meetings?body=...).");
    }
}
