package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.platform.problem.RuleViolation;

/** A package is compiled from a published agenda. */
public class PackageAgendaNotPublished extends RuleViolation {

    public PackageAgendaNotPublished(String meetingId) {
        super(Kind.CONFLICT, "The agenda of meeting " + meetingId + " is not published yet, so there is nothing to compile. "
                + "Publish the agenda first (POST /api/meetings/" + meetingId + "/agenda/publish), then compile the package.");
    }
}
