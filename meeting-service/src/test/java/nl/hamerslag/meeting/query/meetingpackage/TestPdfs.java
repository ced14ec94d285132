package nl.hamerslag.meeting.query.meetingpackage;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.drafting.Manifest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real PDFs for tests, made with PDFBox: each page says which document and page it is, and each has its own outline. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF of {@code pages} pages; page i reads "{label} pagina i". */
    public static byte[] pdf(String label, int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDOutlineItem own = new PDOutlineItem();
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
                    stream.newLineAtOffset(72, 700);
                    stream.showText(label + " pagina " + i);
                    stream.endText();
                }
            }
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(0));
            own.setDestination(destination);
            own.setTitle("eigen bladwijzer van " + label);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(own);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Manifest.Entry entry(String id, String name, String mediaType, byte[] bytes) {
        return new Manifest.Entry(id, id.startsWith("main") ? AttachmentKind.MAIN : AttachmentKind.ANNEX, name, mediaType,
                bytes.length, ContentHash.sha256(bytes));
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The text of one page (1-based). */
    public static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
