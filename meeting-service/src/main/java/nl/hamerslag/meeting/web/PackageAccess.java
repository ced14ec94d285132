package nl.hamerslag.meeting.web;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.meeting.query.meetingpackage.PackageMeeting;
import nl.hamerslag.meeting.query.meetingpackage.PackageMeetings;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Who may do what with a meeting's package. Compiling is for whoever prepares the body's meetings:
 * the SECRETARIAT for the college, the CLERK (griffie) for a committee or the council. The internal
 * variant (and every decision) is for the deciding body's circle exactly as {@link Audience} draws
 * it for a confidential proposal of that body (its members and staff, the municipal secretary,
 * auditors); the public variant for everyone signed in.
 */
@Component
class PackageAccess {

    private final PackageMeetings meetings;

    PackageAccess(PackageMeetings meetings) {
        this.meetings = meetings;
    }

    PackageMeeting meeting(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new PackageMeetingNotFound(meetingId));
    }

    /** The caller acting as the one who compiles this body's packages; 403 for anyone else. */
    Caller asCompiler(PackageMeeting meeting, Caller caller) {
        Role role = meeting.body() == DecidingBody.COLLEGE ? Role.SECRETARIAT : Role.CLERK;
        if (!caller.holds(role)) {
            throw new PackageCompileForbidden(meeting.meetingId(), meeting.body(), role);
        }
        return caller.actingAs(role);
    }

    /** Whether the caller is in the deciding body's circle, the one rule of who sees a confidential proposal. */
    boolean mayReadInternal(PackageMeeting meeting, Caller caller) {
        Audience bodyCircle = new Audience(Confidentiality.GEHEIM, NO_AUTHOR, null, meeting.body(), List.of(), Set.of());
        return bodyCircle.isInCircle(caller);
    }

    /** The circle of the body, not of one proposal: no subject is its author. */
    private static final String NO_AUTHOR = "";
}
