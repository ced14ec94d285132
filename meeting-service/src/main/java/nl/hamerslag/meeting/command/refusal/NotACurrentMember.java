package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Only a current membership can end. */
public class NotACurrentMember extends RuleViolation {
    public NotACurrentMember(String bodyId, String memberId) {
        super(Kind.NOT_FOUND, "Body " + bodyId + " has no current member " + memberId + "; GET " + "/api/meetings/bodies/" + bodyId + " lists its members.");
    }
}
