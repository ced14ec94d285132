package nl.hamerslag.meeting.web;

import nl.hamerslag.platform.problem.RuleViolation;

/** No such package version, or a variant the caller may not read. */
class PackageVersionNotFound extends RuleViolation {

    PackageVersionNotFound(String meetingId, int version) {
        super(Kind.NOT_FOUND, "Meeting " + meetingId + " has no package version " + version
                + " that you may read; see GET /api/meetings/" + meetingId + "/package/versions.");
    }
}
