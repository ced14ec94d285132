package nl.hamerslag.meeting.web;

import nl.hamerslag.meeting.command.Floor;
import nl.hamerslag.meeting.command.refusal.NotTheRecorder;
import nl.hamerslag.meeting.query.FloorMeeting;
import nl.hamerslag.meeting.query.FloorQueries;
import nl.hamerslag.platform.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * Finds the meeting a floor request is about (404 when there is none) and says in which role the caller
 * records in it: the griffie (CLERK) in the council and its committees, the secretariat in the college
 * (403 for anyone else). The meeting checks it again.
 */
@Component
class FloorAccess {

    private final FloorQueries floor;

    FloorAccess(FloorQueries floor) {
        this.floor = floor;
    }

    FloorMeeting meeting(String meetingId) {
        return floor.meeting(meetingId).orElseThrow(() -> new NoSuchMeeting(meetingId));
    }

    Caller recorder(String meetingId, Caller caller) {
        FloorMeeting meeting = meeting(meetingId);
        var role = Floor.recorder(meeting.body());
        if (!caller.holds(role)) {
            throw new NotTheRecorder(meetingId, meeting.body(), role);
        }
        return caller.actingAs(role);
    }
}
