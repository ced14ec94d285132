package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.DecidingBody;

import java.time.LocalDate;

/** A meeting as the floor needs to know it: of which body (who records in it) and on which date. */
public record FloorMeeting(String meetingId, String bodyId, DecidingBody body, String bodyName, LocalDate date) {
}
