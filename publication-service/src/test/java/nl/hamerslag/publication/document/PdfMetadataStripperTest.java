package nl.hamerslag.publication.document;

import nl.hamerslag.publication.support.TestPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A public PDF carries its content and nothing about who wrote, produced or commented on it. */
class PdfMetadataStripperTest {

    @Test
    void theDocumentInformationXmpAndCommentsAreGoneAndTheTextStays() throws Exception {
        byte[] original = TestPdfs.withMetadata("Het college besluit tot herinrichting");
        try (PDDocument before = Loader.loadPDF(original)) {
            assertThat(before.getDocumentInformation().getAuthor()).as("the test PDF has what must go").isNotNull();
            assertThat(before.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(before.getPage(0).getAnnotations()).hasSize(2);
        }

        byte[] stripped = PdfMetadataStripper.strip(original);

        try (PDDocument after = Loader.loadPDF(stripped)) {
            assertThat(after.getDocumentInformation().getAuthor()).isNull();
            assertThat(after.getDocumentInformation().getProducer()).isNull();
            assertThat(after.getDocumentInformation().getCreator()).isNull();
            assertThat(after.getDocumentInformation().getTitle()).isNull();
            assertThat(after.getDocumentInformation().getSubject()).isNull();
            assertThat(after.getDocumentInformation().getKeywords()).isNull();
            assertThat(after.getDocumentInformation().getCreationDate()).isNull();
            assertThat(after.getDocumentInformation().getCustomMetadataValue("Reviewer")).isNull();
            assertThat(after.getDocumentCatalog().getMetadata()).isNull();
            assertThat(after.getPage(0).getMetadata()).isNull();
            assertThat(after.getPage(0).getAnnotations()).isEmpty();
            assertThat(new PDFTextStripper().getText(after)).contains("Het college besluit tot herinrichting");
        }
        String raw = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Anna Steller").doesNotContain("Mark Leidinggevende").doesNotContain("Tekstverwerker");
    }

    @Test
    void bytesThatAreNoPdfAreNotStripped() {
        assertThat(PdfMetadataStripper.looksLikePdf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThatThrownBy(() -> PdfMetadataStripper.strip("%PDF-1.7 but nothing more".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(java.io.IOException.class);
    }
}
