package nl.hamerslag.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF that PDFBox reads, with a correct cross-reference table. Publication publishes an openbaar
 * decision automatically only with a public copy of its document, made by PDFBox (metadata stripped); the smallest
 * bytes Tika calls PDF ({@link Api#PDF}) have no catalogue, so PDFBox cannot read them and the decision would wait
 * for the final editor instead of reaching the public API.
 */
final class OnePagePdf {

    // before BYTES: static fields are set in the order they are written, and build() reads this one
    private static final String[] OBJECTS = {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"};

    static final byte[] BYTES = build();

    private OnePagePdf() {
    }

    private static byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < OBJECTS.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + OBJECTS[i] + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (OBJECTS.length + 1) + "\n0000000000 65535 f \n");
        // each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, 'n', space, newline
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<</Size " + (OBJECTS.length + 1) + "/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
