package nl.hamerslag.publication.query.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A publication as the public catalogue holds it, with its documents in order. Nothing here is not public. */
public record PublicPublication(UUID id, String kind, String title, String summary, String body, String bodyName,
                                String meetingId, LocalDate meetingDate, String decisionId,
                                String informationCategory, String categoryLabel, String organisation,
                                String organisationName, LocalDate adoptedOn, int version, boolean redacted,
                                Instant firstPublishedAt, Instant publishedAt, List<PublicDocument> documents) {

    public static final String DECISION = "DECISION";

    PublicPublication withDocuments(List<PublicDocument> documents) {
        return new PublicPublication(id, kind, title, summary, body, bodyName, meetingId, meetingDate, decisionId,
                informationCategory, categoryLabel, organisation, organisationName, adoptedOn, version, redacted,
                firstPublishedAt, publishedAt, List.copyOf(documents));
    }
}
