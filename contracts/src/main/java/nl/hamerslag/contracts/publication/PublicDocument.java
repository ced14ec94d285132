package nl.hamerslag.contracts.publication;

import nl.hamerslag.contracts.ContentHash;

/**
 * One document of a publication as the public sees it: publication's own public copy (for a PDF with
 * its embedded metadata stripped; for a redacted publication the redacted version), named by its
 * own SHA-256, never by the owner's hash of the original.
 */
public record PublicDocument(String name, String mediaType, long size, ContentHash sha256) {
}
