package nl.hamerslag.meeting.command;

import java.time.Instant;

/** Geopend: from now on decisions and the council's instruments are recorded. */
public record MeetingOpened(String meetingId, Instant openedAt) {
}
