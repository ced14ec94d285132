package nl.hamerslag.publication.support;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;

/** PDFs as civil servants make them: with an author, a producer, XMP metadata and a reviewer's comment. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF saying {@code text}, carrying every kind of embedded metadata the public copy must lose. */
    public static byte[] withMetadata(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("Anna Steller (afdeling Ruimte)");
            info.setProducer("Tekstverwerker 2026 (intern)");
            info.setCreator("Sjabloon collegevoorstel v3");
            info.setTitle("CONCEPT - niet verspreiden");
            info.setSubject("Marktplein");
            info.setKeywords("intern, concept");
            info.setCreationDate(Calendar.getInstance());
            info.setCustomMetadataValue("Reviewer", "Mark Leidinggevende");
            document.setDocumentInformation(info);
            String xmp = """
                    <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:creator><rdf:Seq><rdf:li>Anna Steller</rdf:li></rdf:Seq></dc:creator>
                    </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""";
            PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
            document.getDocumentCatalog().setMetadata(metadata);
            page.setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
            PDAnnotationText comment = new PDAnnotationText();
            comment.setContents("Mark: dit bedrag klopt niet, niet publiceren");
            comment.setTitlePopup("Mark Leidinggevende");
            comment.setRectangle(new PDRectangle(100, 600, 20, 20));
            PDAnnotationPopup popup = new PDAnnotationPopup();
            popup.setRectangle(new PDRectangle(120, 600, 200, 100));
            popup.setParent(comment);
            comment.setPopup(popup);
            page.getAnnotations().add(comment);
            page.getAnnotations().add(popup);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
