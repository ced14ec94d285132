package nl.hamerslag.platform.documents;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * This service's content-addressed copies of other services' documents ({@code document_copy}):
 * inserted once per hash, never changed, so a copy is what the hash says or it is not there.
 */
public class DocumentCopies {

    private final JdbcTemplate jdbc;

    public DocumentCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> find(ContentHash sha256) {
        return jdbc.query("select bytes from document_copy where sha256 = ?", (row, n) -> row.getBytes(1),
                sha256.value()).stream().findFirst();
    }

    /** Keeps verified bytes; a second copy of the same hash (another instance was quicker) is no change. */
    public void keep(ContentHash sha256, ServiceCatalog owner, String mediaType, byte[] bytes) {
        jdbc.update("""
                insert into document_copy (sha256, owner, media_type, size, bytes, stored_at)
                values (?, ?, ?, ?, ?, now()) on conflict (sha256) do nothing""",
                sha256.value(), owner.shortName(), mediaType, bytes.length, bytes);
    }
}
