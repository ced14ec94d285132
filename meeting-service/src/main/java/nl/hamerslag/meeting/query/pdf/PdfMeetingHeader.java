package nl.hamerslag.meeting.query.pdf;

import nl.hamerslag.contracts.DecidingBody;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The meeting as the top of a generated page names it: which body, when, where. */
public record PdfMeetingHeader(String meetingId, DecidingBody body, String bodyName, LocalDate date,
                               LocalTime startsAt, String place) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("nl", "NL"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "donderdag 3 december 2026, 19:30 uur, Raadzaal". */
    public String when() {
        StringBuilder when = new StringBuilder(date == null ? "datum onbekend" : DAY.format(date));
        if (startsAt != null) {
            when.append(", ").append(TIME.format(startsAt)).append(" uur");
        }
        if (place != null && !place.isBlank()) {
            when.append(", ").append(place.strip());
        }
        return when.toString();
    }

    public String bodyLabel() {
        if (bodyName != null && !bodyName.isBlank()) {
            return bodyName.strip();
        }
        if (body == null) {
            return "Vergadering";
        }
        return switch (body) {
            case COLLEGE -> "College van burgemeester en wethouders";
            case COMMITTEE -> "Raadscommissie";
            case COUNCIL -> "Gemeenteraad";
        };
    }
}
