package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A member personally concerned does not take part in the vote (Gemeentewet art. 28). */
public class ConcernedMemberMayNotVote extends RuleViolation {
    public ConcernedMemberMayNotVote(String memberId) {
        super(Kind.UNPROCESSABLE, "Member " + memberId + " is listed as not participating (personally concerned, Gemeentewet art. 28) and so does not vote; remove the vote or the listing.");
    }
}
