package nl.hamerslag.meeting.query.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text as a standard-14 font with WinAnsiEncoding can show it. Titles and file names come from
 * people and may hold any Unicode (ő, ł, emoji, Chinese); the font cannot encode those and PDFBox
 * would throw. A character that decomposes into a showable letter keeps that letter (ő → o); anything
 * else becomes '?'; control characters become a space. The outline (bookmarks) keeps the real text.
 */
public final class PdfText {

    static final String REPLACEMENT = "?";

    private final PDFont font;
    private final Map<Integer, String> showable = new HashMap<>();

    public PdfText(PDFont font) {
        this.font = font;
    }

    public String showable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(showable.computeIfAbsent(cp, this::translate)));
        return out.toString();
    }

    private String translate(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return " ";
        }
        String character = Character.toString(codePoint);
        if (encodable(character)) {
            return character;
        }
        StringBuilder base = new StringBuilder();
        Normalizer.normalize(character, Normalizer.Form.NFKD).codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .mapToObj(Character::toString)
                .filter(this::encodable)
                .forEach(base::append);
        return base.isEmpty() ? REPLACEMENT : base.toString();
    }

    private boolean encodable(String character) {
        try {
            font.encode(character);
            return font.getStringWidth(character) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
