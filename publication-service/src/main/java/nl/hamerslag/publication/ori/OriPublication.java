package nl.hamerslag.publication.ori;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.contracts.publication.PublicationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A publication as it is public now, as its last PublicationPublished or PublicationCorrected said. */
public record OriPublication(UUID publicationId, PublicationKind kind, String meetingId, String decisionId,
                             DecidingBody body, LocalDate meetingDate, String title, String text,
                             String informationCategory, String organisation, int version,
                             boolean redacted, List<PublicDocument> documents, Instant publishedAt) {

    public OriPublication {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public String scope() {
        return "publication:" + publicationId;
    }
}
