package nl.hamerslag.meeting.query.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    private final PdfText text = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

    @Test
    void whatWinAnsiCanShowStaysAsItIs() {
        assertThat(text.showable("Café één € – “quote” Ärger ß")).isEqualTo("Café één € – “quote” Ärger ß");
    }

    @Test
    void aLetterWithAnAccentTheFontLacksKeepsItsBaseLetter() {
        assertThat(text.showable("Győr Kraków Łódź ŞİŞLİ")).isEqualTo("Gyor Kraków ?ódz SISLI");
    }

    @Test
    void whatHasNoShowableFormBecomesAQuestionMarkAndControlCharactersASpace() {
        assertThat(text.showable("a\uD83D\uDE00b 中文\tc\u0000d\u202Ee")).isEqualTo("a?b ?? c d?e");
    }

    @Test
    void nothingIsAnEmptyLine() {
        assertThat(text.showable(null)).isEmpty();
    }
}
