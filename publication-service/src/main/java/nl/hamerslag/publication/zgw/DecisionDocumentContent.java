package nl.hamerslag.publication.zgw;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.Documents;
import org.springframework.stereotype.Component;

/**
 * The bytes of a decision's document for {@code inhoud}: publication's verified copy of the owner's
 * original (fetched and kept at candidate time, ADR 36; fetched again through {@link Documents} should
 * it be missing), hashed once more before they are served, so the bytes always match {@code integriteit}.
 */
@Component
class DecisionDocumentContent {

    private final Documents documents;

    DecisionDocumentContent(Documents documents) {
        this.documents = documents;
    }

    byte[] verified(DocumentRecord document) {
        ContentHash expected = ContentHash.of(document.sha256());
        byte[] bytes = documents.get(ServiceCatalog.parse(document.owner()), expected);
        ContentHash actual = ContentHash.sha256(bytes);
        if (!actual.equals(expected)) {
            // a kept copy is written once and never changed (ADR 27): a difference is damage for the operator
            throw new IllegalStateException("the kept copy of " + expected.value() + " now hashes to " + actual.value());
        }
        return bytes;
    }
}
