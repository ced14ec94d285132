package nl.hamerslag.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 content hash in lower-case hex. Names an exact version of a document or of a
 * proposal's content: a signature, a decision and a publication each name the hashes they are about.
 */
public record ContentHash(String value) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("a content hash is 64 lower-case hex characters (SHA-256), got: " + value);
        }
    }

    @JsonCreator
    public static ContentHash of(String value) {
        return new ContentHash(value);
    }

    public static ContentHash sha256(byte[] bytes) {
        try {
            return new ContentHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static ContentHash sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
