package nl.hamerslag.platform.serviceidentity;

/**
 * A bearer token for this service itself, not for a person: what it sends when it calls another
 * service (only ever for a document by content hash, ARCHITECTURE.md). The receiving service sees
 * a SYSTEM caller ({@code Callers}). Tokens are cached until shortly before they expire.
 */
public interface ServiceTokens {

    /**
     * A token valid for a while yet.
     *
     * @throws ServiceTokenUnavailable the identity provider cannot be reached or refused this service
     */
    String current();
}
