package nl.hamerslag.followup.document;

import nl.hamerslag.followup.command.SettlementDocument;
import nl.hamerslag.followup.config.FollowUpProperties;
import nl.hamerslag.platform.documents.FileNames;
import nl.hamerslag.platform.documents.MediaTypeDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Settlement letters and answers, content-addressed and immutable: an upload is copied once to a
 * temporary file while it is hashed (SHA-256), its type read from the bytes, and stored in the
 * follow-up database under its hash unless that content is there already. Call {@link #store} in
 * the transaction of the command that refers to the document, so a refused settlement stores nothing.
 */
@Component
public class SettlementDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementDocuments.class);

    private final JdbcTemplate jdbc;
    private final MediaTypeDetector detector;
    private final FollowUpProperties properties;

    SettlementDocuments(JdbcTemplate jdbc, MediaTypeDetector detector, FollowUpProperties properties) {
        this.jdbc = jdbc;
        this.detector = detector;
        this.properties = properties;
    }

    /** A received upload on disk, with what the bytes say about it; delete it with {@link Upload#close}. */
    public record Upload(Path file, SettlementDocument document) implements AutoCloseable {
        @Override
        public void close() {
            delete(file);
        }
    }

    /** Receives the bytes: hashed, measured, typed; refused when empty, too large or of a type not accepted. */
    public Upload receive(InputStream content, String rawName) {
        String name = FileNames.sanitise(rawName);
        Path file = null;
        try {
            file = Files.createTempFile("followup-settlement-", ".upload");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                size = content.transferTo(out);
            }
            if (size == 0) {
                throw new DocumentRefused.Empty();
            }
            if (size > properties.documentMaxSize().toBytes()) {
                throw new DocumentRefused.TooLarge(size, properties.documentMaxSize().toBytes());
            }
            String mediaType = detector.detect(file, name);
            if (!accepted(mediaType)) {
                throw new DocumentRefused.TypeNotAccepted(mediaType, properties.documentTypes());
            }
            return new Upload(file, new SettlementDocument(name, mediaType, size, HexFormat.of().formatHex(sha256.digest())));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Stores the upload's bytes under their hash, unless they are there already. */
    public void store(Upload upload) {
        SettlementDocument document = upload.document();
        try (InputStream in = Files.newInputStream(upload.file())) {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        insert into settlement_document (sha256, media_type, size, content) values (?, ?, ?, ?)
                        on conflict (sha256) do nothing""");
                statement.setString(1, document.sha256());
                statement.setString(2, document.mediaType());
                statement.setLong(3, document.size());
                statement.setBinaryStream(4, in, document.size());
                return statement;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> content(String sha256) {
        return jdbc.query("select content from settlement_document where sha256 = ?", (rs, n) -> rs.getBytes(1), sha256)
                .stream().findFirst();
    }

    private boolean accepted(String mediaType) {
        return properties.documentTypes().stream().anyMatch(allowed -> allowed.endsWith("*")
                ? mediaType.startsWith(allowed.substring(0, allowed.length() - 1)) : mediaType.equals(allowed));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the request goes on (its document is stored or refused already); the temporary file is
                // left for the OS to clean up, and said so
                LOG.warn("could not delete the temporary upload {}: {}", file, e.toString());
            }
        }
    }
}
