package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A body's id is taken once. */
class BodyAlreadyEstablished extends RuleViolation {
    BodyAlreadyEstablished(String bodyId) {
        super(Kind.CONFLICT, "Body '" + bodyId + "' already exists; change it with POST /api/meetings/bodies/" + bodyId
                + "/members or /party-groups, or choose another bodyId.");
    }
}
