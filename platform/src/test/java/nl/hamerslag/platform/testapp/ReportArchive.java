package nl.hamerslag.platform.testapp;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.platform.documents.OwnedDocument;
import nl.hamerslag.platform.documents.OwnedDocuments;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/** A second source in the same service: a report written in chunks, known only by its hash (no name). */
@Component
public class ReportArchive implements OwnedDocuments {

    static final int CHUNK = 64 * 1024;
    public static final byte[] REPORT = report();
    public static final ContentHash REPORT_HASH = ContentHash.sha256(REPORT);

    @Override
    public Optional<OwnedDocument> find(ContentHash sha256) {
        if (!REPORT_HASH.equals(sha256)) {
            return Optional.empty();
        }
        return Optional.of(new OwnedDocument(REPORT_HASH, "application/pdf", REPORT.length, null, out -> {
            for (int from = 0; from < REPORT.length; from += CHUNK) {
                out.write(REPORT, from, Math.min(CHUNK, REPORT.length - from));
            }
        }));
    }

    private static byte[] report() {
        byte[] bytes = new byte[3 * CHUNK + 17];
        Arrays.fill(bytes, (byte) 'r');
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
