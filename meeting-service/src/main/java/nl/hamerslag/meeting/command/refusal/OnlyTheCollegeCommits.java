package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A commitment (toezegging) is made by the mayor or an alderman. */
public class OnlyTheCollegeCommits extends RuleViolation {
    public OnlyTheCollegeCommits(String meetingId, String memberId) {
        super(Kind.UNPROCESSABLE, "Member " + memberId + " of meeting " + meetingId + " is not the mayor or an alderman; a commitment is made by a member of the college. Name their memberId in madeBy.");
    }
}
