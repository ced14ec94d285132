package nl.hamerslag.publication.query.catalogue;

import java.time.LocalDate;

/** A meeting that has public publications: derived from the catalogue rows that name it. */
public record MeetingSummary(String meetingId, LocalDate meetingDate, String body, String bodyName, int publications) {
}
