package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.problem.RuleViolation;

/** Only whoever prepares the body's meetings compiles its package. */
class PackageCompileForbidden extends RuleViolation {

    PackageCompileForbidden(String meetingId, DecidingBody body, Role needed) {
        super(Kind.FORBIDDEN, "The package of meeting " + meetingId + " (" + body + ") is compiled by the " + needed
                + "; ask them to compile it.");
    }
}
