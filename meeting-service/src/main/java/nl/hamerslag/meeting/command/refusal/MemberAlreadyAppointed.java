package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** A member is appointed once while the membership lasts. */
public class MemberAlreadyAppointed extends RuleViolation {
    public MemberAlreadyAppointed(String bodyId, String memberId) {
        super(Kind.CONFLICT, "Member " + memberId + " is already a member of body " + bodyId + "; end that membership first, or appoint under another memberId.");
    }
}
