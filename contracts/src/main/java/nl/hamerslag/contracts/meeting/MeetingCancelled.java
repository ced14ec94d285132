package nl.hamerslag.contracts.meeting;

import nl.hamerslag.contracts.DecidingBody;

/** Vergadering geannuleerd: the meeting will not take place; its proposals are ready to be scheduled again. */
public record MeetingCancelled(String meetingId, DecidingBody body, String reason) implements MeetingEvent {
}
