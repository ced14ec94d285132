package nl.hamerslag.drafting.content;

import nl.hamerslag.contracts.ContentHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.platform.documents.DocumentHashMismatch;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Attachment bytes, content-addressed and immutable: stored once per SHA-256, in chunks of 1 MiB,
 * so neither an upload nor a download ever holds a whole file in memory. Stored content is never
 * changed or removed; earlier versions of a proposal keep pointing at it.
 */
@Component
public class ContentStore {

    static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcTemplate jdbc;

    public ContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores {@code file} under its hash unless that content is already there. Call it in the
     * transaction of the command that refers to it, so a refused command leaves nothing behind.
     *
     * @return whether the bytes were new
     */
    public boolean store(StoredContent content, Path file) throws IOException {
        long chunks = (content.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        int inserted = jdbc.update("""
                insert into attachment_content (sha256, size, media_type, chunks, stored_at)
                values (?, ?, ?, ?, now()) on conflict (sha256) do nothing""",
                content.sha256().value(), content.size(), content.mediaType(), chunks);
        if (inserted == 0) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (int seq = 0; seq < chunks; seq++) {
                byte[] chunk = in.readNBytes(CHUNK_SIZE);
                jdbc.update("insert into attachment_chunk (sha256, seq, bytes) values (?, ?, ?)",
                        content.sha256().value(), seq, chunk);
            }
        }
        return true;
    }

    public Optional<StoredContent> find(ContentHash sha256) {
        return jdbc.query("select sha256, size, media_type from attachment_content where sha256 = ?",
                (row, n) -> new StoredContent(ContentHash.of(row.getString("sha256")), row.getLong("size"),
                        row.getString("media_type")), sha256.value()).stream().findFirst();
    }

    /**
     * Writes the content to {@code out} one chunk at a time, hashing as it goes: bytes changed in the
     * database after {@link #requireIntact} (or without it) end the response with an error instead of
     * completing it under the original hash.
     */
    public void copyTo(ContentHash sha256, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        Long chunks = jdbc.queryForObject("select chunks from attachment_content where sha256 = ?", Long.class,
                sha256.value());
        for (int seq = 0; seq < chunks; seq++) {
            byte[] chunk = jdbc.queryForObject("select bytes from attachment_chunk where sha256 = ? and seq = ?",
                    byte[].class, sha256.value(), seq);
            digest.update(chunk);
            out.write(chunk);
        }
        ContentHash actual = new ContentHash(HexFormat.of().formatHex(digest.digest()));
        if (!actual.equals(sha256)) {
            throw new DocumentHashMismatch(ServiceCatalog.DRAFTING, sha256, actual);
        }
        out.flush();
    }

    /** The SHA-256 of the bytes held now for {@code sha256}, chunk by chunk (never the whole file in memory). */
    public ContentHash rehash(ContentHash sha256) {
        MessageDigest digest = sha256();
        jdbc.query("select bytes from attachment_chunk where sha256 = ? order by seq",
                row -> {
                    digest.update(row.getBytes("bytes"));
                }, sha256.value());
        return new ContentHash(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Refuses content whose bytes no longer have their hash (changed in the database): served, they would
     * carry the original hash as ETag. Logged as an integrity failure and answered 502 by the platform.
     */
    public void requireIntact(ContentHash sha256) {
        ContentHash actual = rehash(sha256);
        if (!actual.equals(sha256)) {
            throw new DocumentHashMismatch(ServiceCatalog.DRAFTING, sha256, actual);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
