package nl.hamerslag.drafting.command;

import nl.hamerslag.contracts.ContentHash;

/**
 * A stored file as events name it: sanitised name, detected media type, size and SHA-256. The
 * bytes stay in the content store, addressed by the hash.
 */
public record AttachmentFile(String name, String mediaType, long size, ContentHash sha256) {
}
