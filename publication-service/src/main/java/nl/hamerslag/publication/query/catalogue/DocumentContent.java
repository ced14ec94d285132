package nl.hamerslag.publication.query.catalogue;

/** The bytes of a public document copy, with the name a public publication gives it. */
public record DocumentContent(String sha256, String mediaType, String name, byte[] content) {
}
