package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A meeting is planned for a body that exists. */
class UnknownBody extends RuleViolation {
    UnknownBody(String bodyId) {
        super(Kind.UNPROCESSABLE, "bodyId: there is no body '" + bodyId + "'; GET /api/meetings/bodies lists the bodies.");
    }
}
