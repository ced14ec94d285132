package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;

import java.util.Optional;

/**
 * Documents this service owns and serves to other services by content hash (docs/decisions/0027,
 * 0033): implement it as a bean and the platform answers {@code GET /api/documents/{sha256}} for
 * service tokens. A service may have several (a meeting has package PDFs and manifests); the first
 * that knows a hash serves it. Only what the service itself holds as the original: never a
 * {@code document_copy} of another service's document.
 */
public interface OwnedDocuments {

    /** The document with this hash, or empty when this source does not hold it. */
    Optional<OwnedDocument> find(ContentHash sha256);
}
