package nl.hamerslag.drafting.content;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Attachment content as drafting serves it to other services by hash (a meeting package, a
 * publication), streamed chunk by chunk from the store. The store keeps bytes once per hash, whatever
 * name they were uploaded under, so no file name is offered.
 */
@Component
class AttachmentDocuments implements OwnedDocuments {

    private final ContentStore store;

    AttachmentDocuments(ContentStore store) {
        this.store = store;
    }

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        // re-hashed before anything is sent: altered bytes are refused, never served under the original hash
        return store.find(sha256).map(content -> {
            store.requireIntact(content.sha256());
            return new OwnedDocument(content.sha256(), content.mediaType(), content.size(), null,
                    out -> store.copyTo(content.sha256(), out));
        });
    }
}
