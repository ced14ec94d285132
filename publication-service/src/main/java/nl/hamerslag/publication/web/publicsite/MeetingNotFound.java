package nl.hamerslag.publication.web.publicsite;

import nl.hamerslag.platform.problem.RuleViolation;

/** No meeting with public publications has this id; the same answer for a meeting that has only non-public ones. */
class MeetingNotFound extends RuleViolation {

    MeetingNotFound() {
        super(Kind.NOT_FOUND, "There is no meeting with public publications with this id; /api/public/meetings "
                + "lists them.");
    }
}
