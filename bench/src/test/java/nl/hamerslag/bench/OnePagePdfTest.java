package nl.hamerslag.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication publishes an openbaar decision automatically only when PDFBox can make its document's public copy.
 * PDFBox forgives a wrong cross-reference table by scanning the file, so loading alone proves little: every offset
 * in the table must point at its object, and startxref at the table.
 */
class OnePagePdfTest {

    @Test
    void pdfBoxReadsOnePageAndEveryOffsetPointsAtItsObject() throws Exception {
        String pdf = new String(OnePagePdf.BYTES, StandardCharsets.US_ASCII);

        Matcher startxref = Pattern.compile("startxref\\n(\\d+)\\n%%EOF\\n$").matcher(pdf);
        assertThat(startxref.find()).as("startxref at the end").isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 4\n0000000000 65535 f \n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \\n").matcher(pdf.substring(xref));
        int object = 0;
        while (entry.find()) {
            object++;
            assertThat(entry.group().length()).as("an xref entry is 20 bytes").isEqualTo(20);
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
        }
        assertThat(object).isEqualTo(3);
        try (PDDocument document = Loader.loadPDF(OnePagePdf.BYTES)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}
