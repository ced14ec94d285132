package nl.hamerslag.drafting.content;

import nl.hamerslag.contracts.ContentHash;

/** Content in the store: its hash, size and the media type detected when it was first stored. */
public record StoredContent(ContentHash sha256, long size, String mediaType) {
}
