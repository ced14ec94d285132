package nl.hamerslag.publication.web.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the public pages say kinds, bodies, dates and sizes to a Dutch reader. */
final class Dutch {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", NL);
    private static final Map<String, String> KINDS = Map.of(
            "DECISION", "Besluit", "AGENDA", "Agenda", "MEETING_PACKAGE", "Vergaderstukken",
            "DECISION_LIST", "Besluitenlijst", "ANSWER", "Antwoord", "LETTER", "Brief", "VOTE", "Stemming");
    private static final Map<String, String> BODIES = Map.of(
            "COLLEGE", "College van burgemeester en wethouders", "COMMITTEE", "Raadscommissie",
            "COUNCIL", "Gemeenteraad");

    private Dutch() {
    }

    static String kind(String kind) {
        return KINDS.getOrDefault(kind, "Publicatie");
    }

    static String body(String body) {
        return body == null ? "" : BODIES.getOrDefault(body, body);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZONE));
    }

    /** A file size as people read it: 12 kB, 3,4 MB. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return Math.round(bytes / 1000.0) + " kB";
        }
        return String.format(NL, "%.1f MB", bytes / 1_000_000.0);
    }

    /** The file type in words a reader knows (PDF), from the media type. */
    static String fileType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return "PDF";
        }
        if (type.contains("wordprocessingml")) {
            return "Word";
        }
        if (type.startsWith("text/html")) {
            return "HTML";
        }
        if (type.startsWith("text/")) {
            return "tekst";
        }
        if (type.startsWith("image/")) {
            return "afbeelding";
        }
        return "bestand";
    }
}
