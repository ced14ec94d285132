package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;

/** The bytes that arrived for a hash have another hash: never kept, never served. */
public class DocumentHashMismatch extends RuntimeException {

    private final ServiceCatalog owner;
    private final ContentHash expected;
    private final ContentHash actual;

    public DocumentHashMismatch(ServiceCatalog owner, ContentHash expected, ContentHash actual) {
        super("document " + expected.value() + " from " + owner.shortName() + " arrived with SHA-256 " + actual.value()
                + "; it is refused and nothing is kept");
        this.owner = owner;
        this.expected = expected;
        this.actual = actual;
    }

    public ServiceCatalog owner() {
        return owner;
    }

    public ContentHash expected() {
        return expected;
    }

    public ContentHash actual() {
        return actual;
    }
}
