package nl.hamerslag.contracts.publication;

import nl.hamerslag.contracts.DecidingBody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Gepubliceerd: the publication is on every public channel from {@code publishedAt}, as version
 * {@code version}. Only what is openbaar, or the redacted public version of what is not, is ever
 * published; the ORI feed and the ZGW read side are projections of these events.
 *
 * @param publicationId       the publication's id (a UUID derived from its source)
 * @param body                the deciding body (gremium) it belongs to; null when none
 * @param meetingDate         the date of the meeting it comes from; null when none
 * @param text                the body text: the decision text, the agenda's openbaar entries, the answer's subject
 * @param informationCategory the Woo information category (art. 3.3) as its TOOI URI
 * @param organisation        the owner organisation as its TOOI URI
 * @param version             1 for the first publication; a correction publishes a higher one
 * @param redacted            whether the documents are a redacted version (gelakt) of the originals
 * @param documents           the public documents, in order, by their own SHA-256
 */
public record PublicationPublished(String publicationId, PublicationKind kind, PublicationSource source,
                                   DecidingBody body, LocalDate meetingDate, String title, String text,
                                   String informationCategory, String organisation, int version, boolean redacted,
                                   List<PublicDocument> documents, Instant publishedAt) implements PublicationEvent {

    public PublicationPublished {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
