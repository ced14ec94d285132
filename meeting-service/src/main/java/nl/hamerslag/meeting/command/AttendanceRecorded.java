package nl.hamerslag.meeting.command;

import java.time.Instant;

/** A member's presence changed: arrived, departed, or sent word of absence. */
public record AttendanceRecorded(String meetingId, String memberId, Presence presence, Instant at) {
}
