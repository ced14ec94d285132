package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A member votes once in a vote. */
public class MemberVotedTwice extends RuleViolation {
    public MemberVotedTwice(String memberId) {
        super(Kind.INVALID, "Member " + memberId + " appears more than once in the votes; send one vote per member.");
    }
}
