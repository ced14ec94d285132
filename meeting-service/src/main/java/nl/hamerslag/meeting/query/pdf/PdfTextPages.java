package nl.hamerslag.meeting.query.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated A4 pages of wrapped text in Helvetica, added to a document one line at a time; a new
 * page starts when one is full. Says on which page a line landed, so that a bookmark can point at it.
 */
public final class PdfTextPages implements AutoCloseable {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PdfText text = new PdfText(regular);
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    public PdfTextPages(PDDocument document) {
        this.document = document;
    }

    /** Writes {@code line}, wrapped to the page width; returns the page (0-based, of these pages) it starts on. */
    public int write(String line, PdfStyle style) {
        List<String> wrapped = wrap(text.showable(line), style);
        float leading = style.size * 1.35f;
        int firstPage = -1;
        for (String part : wrapped) {
            if (stream == null || y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            show(part, style);
            if (firstPage < 0) {
                firstPage = pages.size() - 1;
            }
        }
        return firstPage;
    }

    /** Vertical space before the next line, unless the page is about to end anyway. */
    public void space(float points) {
        if (stream != null) {
            y -= points;
        }
    }

    public int pageCount() {
        return pages.size();
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        close();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = SIZE.getHeight() - MARGIN;
    }

    private void show(String part, PdfStyle style) {
        try {
            stream.beginText();
            stream.setFont(font(style), style.size);
            stream.newLineAtOffset(MARGIN + style.indent, y);
            stream.showText(part);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont font(PdfStyle style) {
        return style.bold ? bold : regular;
    }

    /** Greedy wrapping on spaces; a word wider than the line (a hash, a long file name) is cut. */
    List<String> wrap(String line, PdfStyle style) {
        float room = WIDTH - style.indent;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.strip().split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, style) <= room) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            while (width(word, style) > room) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), style) > room) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private float width(String s, PdfStyle style) {
        try {
            return font(style).getStringWidth(s) / 1000 * style.size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
