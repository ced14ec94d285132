package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision as publication learnt it from DecisionTaken (a DECISION publication), in whatever state. */
record DecisionRecord(UUID publicationId, String decisionId, DecidingBody body, LocalDate meetingDate, String title,
                      String text, Confidentiality confidentiality, Instant registeredAt, Instant publishedAt) {

    /** The besluit's date: the meeting's, or the day publication learnt of it when the meeting named none. */
    LocalDate date() {
        return meetingDate != null ? meetingDate : LocalDate.ofInstant(registeredAt, java.time.ZoneOffset.UTC);
    }
}
