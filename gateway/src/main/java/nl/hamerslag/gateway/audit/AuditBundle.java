package nl.hamerslag.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export bundle as a zip: the files given, and a {@code SHA256SUMS} manifest over all of them
 * in the format {@code sha256sum -c} reads (hash, two spaces, path), so that a changed byte names its file.
 */
public final class AuditBundle {

    public static final String MANIFEST = "SHA256SUMS";

    private AuditBundle() {
    }

    public static byte[] zip(List<BundleFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder manifest = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (BundleFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
                manifest.append(sha256(file.content())).append("  ").append(file.path()).append('\n');
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the bundle in memory", e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
