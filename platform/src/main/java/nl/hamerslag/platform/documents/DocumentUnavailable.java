package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;

/** The owner of a document could not be asked, or does not have it; see {@link #kind()}. */
public class DocumentUnavailable extends RuntimeException {

    /** Whether asking again can help. */
    public enum Kind {
        /** The owner (or the identity provider) is away or failing: ask again later. */
        TRANSIENT,
        /** The owner answered that it has no document with this hash. */
        NOT_FOUND,
        /** The owner refused this service (401/403), or the document is over this service's size limit: a configuration matter. */
        REFUSED
    }

    private final ServiceCatalog owner;
    private final ContentHash sha256;
    private final Kind kind;

    public DocumentUnavailable(ServiceCatalog owner, ContentHash sha256, String why, Throwable cause) {
        this(owner, sha256, Kind.TRANSIENT, why, cause);
    }

    public DocumentUnavailable(ServiceCatalog owner, ContentHash sha256, Kind kind, String why, Throwable cause) {
        super("document " + sha256.value() + " cannot be fetched from " + owner.shortName() + ": " + why, cause);
        this.owner = owner;
        this.sha256 = sha256;
        this.kind = kind;
    }

    public ServiceCatalog owner() {
        return owner;
    }

    public ContentHash sha256() {
        return sha256;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }
}
