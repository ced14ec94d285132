package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

import java.util.Collection;

/** A member belongs to a party group formed in the body. */
public class UnknownPartyGroup extends RuleViolation {
    public UnknownPartyGroup(String bodyId, String partyGroup, Collection<String> known) {
        super(Kind.UNPROCESSABLE, "Body " + bodyId + " has no party group '" + partyGroup + "'; use one of " + known + " or form it first (POST " + "/api/meetings/bodies/" + bodyId + "/party-groups).");
    }
}
