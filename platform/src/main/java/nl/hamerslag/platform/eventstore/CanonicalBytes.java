package nl.hamerslag.platform.eventstore;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An unambiguous byte form for hashing and signing: every field is written with its length first
 * (4 bytes, big-endian; -1 for an absent value), every number as 8 bytes. No separator can be
 * forged by a value, however many newlines or {@code =} it holds, and an absent value differs from
 * an empty one.
 */
public final class CanonicalBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts with a domain tag, so that the bytes of one kind of record can never be taken for another's. */
    public static CanonicalBytes tagged(String tag) {
        return new CanonicalBytes().text(tag);
    }

    public CanonicalBytes text(String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public CanonicalBytes bytes(byte[] value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
        } else {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
            out.writeBytes(value);
        }
        return this;
    }

    public CanonicalBytes number(long value) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public byte[] sha256() {
        return sha256(toByteArray());
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
