package nl.hamerslag.meeting.query.pdf;

import nl.hamerslag.contracts.ContentHash;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * Saves a generated PDF so that the same input gives the same bytes: fixed document information
 * (no dates), no XMP metadata carried over from a merged document, and a file identifier derived
 * from {@code identity} instead of the clock.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    public static byte[] save(PDDocument document, String title, String identity) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer("Hamerslag");
        info.setCreator("Hamerslag meeting-service");
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setMetadata(null);
        document.setDocumentId(ByteBuffer.wrap(HexFormat.of().parseHex(ContentHash.sha256(identity).value()), 0, 8).getLong());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF '" + title + "'", e);
        }
    }
}
