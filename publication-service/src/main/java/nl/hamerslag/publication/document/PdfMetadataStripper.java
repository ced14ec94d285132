package nl.hamerslag.publication.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A PDF as it may go public: without the document information (author, producer, creator, title,
 * subject, keywords, dates), without XMP metadata streams (the catalogue's and every page's), and
 * without comments (markup annotations such as Text, FreeText, highlights, and their popups). Links
 * and form fields stay: they are content, not traces of who worked on it.
 */
public final class PdfMetadataStripper {

    private PdfMetadataStripper() {
    }

    /** The stripped PDF; an {@link IOException} when the bytes are not a PDF PDFBox can read. */
    public static byte[] strip(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // an owner password (restrictions) does not stop a reader; the public copy carries none
            document.setAllSecurityToBeRemoved(true);
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            document.getDocumentCatalog().setMetadata(null);
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.PIECE_INFO);
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
                page.getCOSObject().removeItem(COSName.PIECE_INFO);
                List<PDAnnotation> kept = page.getAnnotations().stream()
                        .filter(annotation -> !(annotation instanceof PDAnnotationMarkup)
                                && !(annotation instanceof PDAnnotationPopup))
                        .toList();
                page.setAnnotations(kept);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Whether the bytes start as a PDF does ({@code %PDF-}). */
    public static boolean looksLikePdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }
}
