package nl.hamerslag.publication.query.catalogue;

/**
 * A document of a public publication: publication's own public copy, by its own SHA-256.
 *
 * @param url where the bytes are served, relative to the public site
 */
public record PublicDocument(int position, String name, String mediaType, long size, String sha256, String url) {

    static final String DOCUMENTS = "/api/public/documents/";

    static PublicDocument of(int position, String name, String mediaType, long size, String sha256) {
        return new PublicDocument(position, name, mediaType, size, sha256, DOCUMENTS + sha256);
    }
}
