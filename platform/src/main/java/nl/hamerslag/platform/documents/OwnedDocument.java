package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One owned document as it is served by hash.
 *
 * @param mediaType the type read from the bytes when they were stored ({@link MediaTypeDetector}), or the type the
 *                  service produced
 * @param size      in bytes, sent as Content-Length
 * @param fileName  a name to offer the reader, or null when the hash is all there is (content-addressed stores
 *                  keep one copy of bytes that may have been uploaded under several names)
 * @param content   writes the bytes; a large document is written in chunks, never held whole
 */
public record OwnedDocument(ContentHash sha256, String mediaType, long size, String fileName, Content content) {

    /** Writes the document's bytes to the response as they are read. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public OwnedDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " of " + sha256 + " is negative");
        }
    }

    /** A document already in memory (a row's {@code bytea}). */
    public static OwnedDocument of(ContentHash sha256, String mediaType, String fileName, byte[] bytes) {
        return new OwnedDocument(sha256, mediaType, bytes.length, fileName, out -> out.write(bytes));
    }
}
