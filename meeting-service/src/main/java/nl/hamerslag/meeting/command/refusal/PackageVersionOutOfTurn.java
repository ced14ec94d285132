package nl.hamerslag.meeting.command.refusal;

import nl.hamerslag.platform.problem.RuleViolation;

/** Package versions follow each other: version n+1 after version n, none skipped, none twice. */
public class PackageVersionOutOfTurn extends RuleViolation {
    public PackageVersionOutOfTurn(String meetingId, int lastVersion, int version) {
        super(Kind.CONFLICT, "The package of meeting " + meetingId + " is at version " + lastVersion + "; version "
                + version + " cannot follow it (another compile may have finished first). See GET /api/meetings/"
                + meetingId + "/package/versions and compile again if the agenda changed since.");
    }
}
