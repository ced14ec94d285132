package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;

/** The owner of a document could not be asked, or does not have it. */
public class DocumentUnavailable extends RuntimeException {

    private final ContentHash sha256;

    public DocumentUnavailable(ServiceCatalog owner, ContentHash sha256, String why, Throwable cause) {
        super("document " + sha256.value() + " cannot be fetched from " + owner.shortName() + ": " + why, cause);
        this.sha256 = sha256;
    }

    public ContentHash sha256() {
        return sha256;
    }
}
