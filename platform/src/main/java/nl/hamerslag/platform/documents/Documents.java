package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;

/**
 * The bytes of a document another service owns, by content hash. Served from this service's own
 * content-addressed copy when it has one; otherwise fetched from the owner over HTTP with this
 * service's identity (a token for the service, not a person), verified against the hash on arrival,
 * and kept. No service reads another's database.
 */
public interface Documents {

    /**
     * @throws DocumentUnavailable    the owner cannot be reached or does not have it (transient or not, see its kind)
     * @throws DocumentHashMismatch   the bytes that arrived do not have this hash; nothing is kept
     */
    byte[] get(ServiceCatalog owner, ContentHash sha256);
}
