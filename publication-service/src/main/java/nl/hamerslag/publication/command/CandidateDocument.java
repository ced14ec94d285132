package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicDocument;

/**
 * A document of a candidate: the original, as its owner has it (kept verbatim and internal), and
 * publication's public copy of it (for a PDF: stripped of its embedded metadata, with its own hash).
 *
 * @param owner      the service that owns the original
 * @param original   the owner's SHA-256 of the original
 * @param publicCopy the SHA-256 of the public copy; null when the copy could not be made (a PDF that
 *                   cannot be read): then only a redacted version can be published
 * @param publicSize the size of the public copy; 0 when there is none
 */
public record CandidateDocument(String name, String mediaType, long size, ServiceCatalog owner, ContentHash original,
                                ContentHash publicCopy, long publicSize) {

    /** The document as the public sees it; only for a document that has a public copy. */
    public PublicDocument asPublic() {
        return new PublicDocument(name, mediaType, publicSize, publicCopy);
    }
}
