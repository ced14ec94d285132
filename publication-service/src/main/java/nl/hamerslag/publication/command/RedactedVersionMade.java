package nl.hamerslag.publication.command;

import nl.hamerslag.contracts.publication.PublicDocument;

import java.util.List;

/**
 * The final editor made a redacted version: these public documents replace the originals on every
 * public channel, and each redaction says what was withheld on which Woo ground.
 */
public record RedactedVersionMade(String publicationId, List<PublicDocument> documents, List<Redaction> redactions) {

    public RedactedVersionMade {
        documents = List.copyOf(documents);
        redactions = List.copyOf(redactions);
    }
}
