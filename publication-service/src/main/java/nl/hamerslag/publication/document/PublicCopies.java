package nl.hamerslag.publication.document;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.publication.PublicDocument;
import nl.hamerslag.platform.documents.Documents;
import nl.hamerslag.publication.command.CandidateDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Publication's copies of the documents it may publish (docs/decisions/0027): the original is fetched
 * from its owner by hash through the platform's {@link Documents} (verified, kept verbatim and internal
 * in {@code document_copy}); the public copy (a PDF stripped of its metadata) is kept here under its
 * own SHA-256. An owner that is away makes {@link Documents} throw a transient failure, which the inbox
 * waits out; nothing is skipped. Call in the transaction of the command that names the copy.
 */
@Component
public class PublicCopies {

    private static final Logger log = LoggerFactory.getLogger(PublicCopies.class);
    public static final String PDF = "application/pdf";

    private final ObjectProvider<Documents> documents;
    private final JdbcTemplate jdbc;

    PublicCopies(ObjectProvider<Documents> documents, JdbcTemplate jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /**
     * The candidate's document: the original fetched (or found) by hash, and its public copy made.
     *
     * @param name      its name when an event told us; else one made from the hash
     * @param mediaType its media type when an event told us; else what the owner said or the bytes show
     */
    public CandidateDocument copy(ServiceCatalog owner, ContentHash sha256, String name, String mediaType) {
        Documents source = documents.getIfAvailable();
        if (source == null) {
            throw new IllegalStateException("publication cannot fetch " + owner.shortName() + "'s document " + sha256
                    + ": set hamerslag.documents.owners." + owner.shortName());
        }
        byte[] original = source.get(owner, sha256);
        String type = mediaType != null ? mediaType : ownersMediaType(sha256).orElse(
                PdfMetadataStripper.looksLikePdf(original) ? PDF : "application/octet-stream");
        String shownName = name != null ? name : "document-" + sha256.value().substring(0, 12)
                + (PDF.equals(type) ? ".pdf" : "");
        byte[] publicBytes = original;
        if (PDF.equals(type) || PdfMetadataStripper.looksLikePdf(original)) {
            try {
                publicBytes = PdfMetadataStripper.strip(original);
            } catch (IOException e) {
                log.warn("Document {} ({}) of {} is not a PDF PDFBox can read, so its metadata cannot be stripped; it is "
                        + "published only as a redacted version: {}", sha256, shownName, owner.shortName(), e.toString());
                return new CandidateDocument(shownName, type, original.length, owner, sha256, null, 0);
            }
        }
        ContentHash publicHash = keep(sha256, type, publicBytes);
        return new CandidateDocument(shownName, type, original.length, owner, sha256, publicHash, publicBytes.length);
    }

    /**
     * A redacted version the final editor uploaded: kept as uploaded (internal) and as its public copy,
     * stripped; refused with 415 when it is not a PDF PDFBox can read.
     */
    public PublicDocument redacted(byte[] upload, String name, String uploadedBy, Instant at) {
        if (!PdfMetadataStripper.looksLikePdf(upload)) {
            throw new NotAPdf("file", "the bytes are not a PDF (they do not begin with %PDF-)");
        }
        byte[] stripped;
        try {
            stripped = PdfMetadataStripper.strip(upload);
        } catch (IOException e) {
            throw new NotAPdf("file", "the PDF cannot be read (" + e.getMessage() + ")");
        }
        ContentHash uploaded = ContentHash.sha256(upload);
        jdbc.update("""
                insert into redacted_upload (sha256, size, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?)
                on conflict (sha256) do nothing""", uploaded.value(), upload.length, upload, uploadedBy,
                java.sql.Timestamp.from(at));
        ContentHash publicHash = keep(uploaded, PDF, stripped);
        return new PublicDocument(name, PDF, stripped.length, publicHash);
    }

    /** The bytes of a public copy. */
    public Optional<byte[]> content(String sha256) {
        return jdbc.query("select content from public_copy where sha256 = ?", (rs, n) -> rs.getBytes(1), sha256)
                .stream().findFirst();
    }

    private ContentHash keep(ContentHash source, String mediaType, byte[] bytes) {
        ContentHash hash = ContentHash.sha256(bytes);
        jdbc.update("""
                insert into public_copy (sha256, source_sha256, media_type, size, content) values (?, ?, ?, ?, ?)
                on conflict (sha256) do nothing""", hash.value(), source.value(), mediaType, bytes.length, bytes);
        return hash;
    }

    private Optional<String> ownersMediaType(ContentHash sha256) {
        return jdbc.queryForList("select media_type from document_copy where sha256 = ?", String.class, sha256.value())
                .stream().filter(type -> !type.isBlank() && !type.equals("application/octet-stream")).findFirst();
    }
}
