package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** A body is known by its slug id. */
class BodyNotFound extends RuleViolation {
    BodyNotFound(String bodyId) {
        super(Kind.NOT_FOUND, "There is no body '" + bodyId + "'; GET /api/meetings/bodies lists them.");
    }
}
