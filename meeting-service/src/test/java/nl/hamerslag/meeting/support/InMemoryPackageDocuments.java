package nl.hamerslag.meeting.support;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import nl.hamerslag.platform.documents.DocumentUnavailable;
import nl.hamerslag.platform.documents.Documents;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for drafting as the owner of documents, until the platform's Documents (HTTP with the
 * service identity) is on this branch: serves bytes from a map and behaves as the real one does,
 * refusing bytes whose hash differs and saying when it has nothing. Replace with a real HTTP owner
 * once the platform's implementation is merged.
 */
@Component
@Primary
public class InMemoryPackageDocuments implements Documents {

    private final Map<ContentHash, byte[]> bytes = new ConcurrentHashMap<>();

    /** Drafting has these bytes under their own hash. */
    public ContentHash put(byte[] content) {
        ContentHash hash = ContentHash.sha256(content);
        bytes.put(hash, content);
        return hash;
    }

    /** Drafting answers for {@code hash} with other bytes (a corrupted copy). */
    public void corrupt(ContentHash hash, byte[] other) {
        bytes.put(hash, other);
    }

    @Override
    public byte[] get(ServiceCatalog owner, ContentHash sha256) {
        byte[] content = bytes.get(sha256);
        if (content == null) {
            throw new DocumentUnavailable(owner, sha256, "the owner does not have it (test)", null);
        }
        ContentHash actual = ContentHash.sha256(content);
        if (!actual.equals(sha256)) {
            throw new DocumentHashMismatch(owner, sha256, actual);
        }
        return content.clone();
    }
}
