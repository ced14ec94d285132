package nl.hamerslag.drafting.content;

import nl.hamerslag.contracts.ContentHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
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

    /** Writes the content to {@code out} one chunk at a time. */
    public void copyTo(ContentHash sha256, OutputStream out) throws IOException {
        Long chunks = jdbc.queryForObject("select chunks from attachment_content where sha256 = ?", Long.class,
                sha256.value());
        for (int seq = 0; seq < chunks; seq++) {
            byte[] chunk = jdbc.queryForObject("select bytes from attachment_chunk where sha256 = ? and seq = ?",
                    byte[].class, sha256.value(), seq);
            out.write(chunk);
        }
        out.flush();
    }
}
