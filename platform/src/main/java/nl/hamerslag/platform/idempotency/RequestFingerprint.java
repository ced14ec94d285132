package nl.hamerslag.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * What makes a retry the same request: the method, the full URI (path and query string) and the SHA-256 of the
 * body. An upload is hashed part by part, as the servlet container has spooled it to disk: streamed, never
 * whole in memory, and without the multipart boundary, which most clients choose anew for every retry.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(HttpServletRequest request, byte[] body) {
        MessageDigest digest = start(request);
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    static String ofParts(HttpServletRequest request, Collection<Part> parts) throws IOException {
        MessageDigest digest = start(request);
        for (Part part : parts) {
            // the size ends each part's content, so that bytes cannot move from one part to the next unnoticed
            update(digest, "part name=" + part.getName() + " filename=" + part.getSubmittedFileName()
                    + " type=" + part.getContentType() + " size=" + part.getSize() + "\n");
            try (InputStream content = part.getInputStream();
                 DigestOutputStream out = new DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest)) {
                content.transferTo(out);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The URI as sent, query string included: the same path with another query is another request. */
    static String uri(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static MessageDigest start(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, request.getMethod() + " " + uri(request) + "\n");
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
