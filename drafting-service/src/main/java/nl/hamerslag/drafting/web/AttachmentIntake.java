package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.drafting.content.AttachmentProperties;
import nl.hamerslag.drafting.content.StoredContent;
import nl.hamerslag.platform.documents.FileNames;
import nl.hamerslag.platform.documents.MediaTypeDetector;
import nl.hamerslag.platform.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Takes an uploaded file in: its name sanitised, its size checked, its bytes copied once to a
 * temporary file while they are hashed (never held whole in memory), its media type detected from
 * those bytes and checked against the allowed types.
 */
@Component
class AttachmentIntake {

    private final AttachmentProperties properties;
    private final MediaTypeDetector detector;

    AttachmentIntake(AttachmentProperties properties, MediaTypeDetector detector) {
        this.properties = properties;
        this.detector = detector;
    }

    /** An accepted upload; closing it removes the temporary copy. */
    record Upload(Path file, String name, StoredContent content) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the temporary upload " + file, e);
            }
        }
    }

    Upload accept(MultipartFile file) throws IOException {
        String name = FileNames.sanitise(file.getOriginalFilename());
        long max = properties.maxSize().toBytes();
        if (file.getSize() > max) {
            throw tooLarge(file.getSize());
        }
        Path temp = Files.createTempFile("hamerslag-upload-", ".part");
        boolean accepted = false;
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream in = new DigestInputStream(file.getInputStream(), sha256);
                 OutputStream out = Files.newOutputStream(temp)) {
                size = in.transferTo(out);
            }
            if (size == 0) {
                throw new EmptyFile(name);
            }
            if (size > max) {
                throw tooLarge(size);
            }
            String mediaType = detector.detect(temp, name);
            if (!properties.allows(mediaType)) {
                throw unsupported(name, mediaType);
            }
            accepted = true;
            return new Upload(temp, name, new StoredContent(new ContentHash(HexFormat.of().formatHex(sha256.digest())),
                    size, mediaType));
        } finally {
            if (!accepted) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private ErrorResponseException tooLarge(long size) {
        return UploadProblems.tooLarge(properties.maxSize(), size);
    }

    private ErrorResponseException unsupported(String name, String mediaType) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "'" + name
                + "' is " + mediaType + " by its content (the name and the declared type do not count); allowed are "
                + properties.allowedTypes() + ".");
        problem.setTitle("Media type not allowed");
        return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An empty file is no document. */
    static final class EmptyFile extends RuleViolation {
        EmptyFile(String name) {
            super(Kind.INVALID, "file: '" + name + "' is empty.");
        }
    }
}
