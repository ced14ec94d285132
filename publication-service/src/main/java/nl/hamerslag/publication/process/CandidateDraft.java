package nl.hamerslag.publication.process;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicationKind;
import nl.hamerslag.contracts.publication.PublicationSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate as a source event describes it, before its rule, category and owner are looked up and
 * its documents are fetched.
 *
 * @param publicationId derived from the source, so the same source never makes two publications
 */
record CandidateDraft(String publicationId, PublicationKind kind, PublicationSource source, DecidingBody body,
                      LocalDate meetingDate, String title, String text, Confidentiality confidentiality,
                      List<DocumentRef> documents) {

    /** A document of the source, by its owner and hash, with its name and type when the events told them. */
    record DocumentRef(ServiceCatalog owner, ContentHash sha256, String name, String mediaType) {
    }

    CandidateDraft {
        documents = documents == null ? List.of() : List.copyOf(documents);
        confidentiality = confidentiality == null ? Confidentiality.ZEER_GEHEIM : confidentiality;
    }

    /** The id of the publication of a source: the same source always gives the same id. */
    static String publicationId(String kind, String sourceId) {
        return UUID.nameUUIDFromBytes(("publication:" + kind + ":" + sourceId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
