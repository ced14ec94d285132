package nl.hamerslag.contracts.publication;

import nl.hamerslag.contracts.DecidingBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Gecorrigeerd: a new version of a published publication replaces the one before it on every public
 * channel; both stay in the history. Carries the whole new version, so a reader never has to merge.
 *
 * @param version   the new version (the corrected one is {@code version - 1})
 * @param reason    why it was corrected (an agenda that changed, an editor's correction)
 * @param correctedAt when the new version became public
 */
public record PublicationCorrected(String publicationId, PublicationKind kind, PublicationSource source,
                                   DecidingBody body, LocalDate meetingDate, String title, String text,
                                   String informationCategory, String organisation, int version, boolean redacted,
                                   List<PublicDocument> documents, String reason, Instant correctedAt)
        implements PublicationEvent {

    public PublicationCorrected {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
