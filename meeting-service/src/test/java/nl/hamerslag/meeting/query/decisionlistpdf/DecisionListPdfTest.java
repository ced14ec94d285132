package nl.hamerslag.meeting.query.decisionlistpdf;

import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionListPdfTest {

    private static final PdfMeetingHeader COUNCIL = new PdfMeetingHeader("meeting-9", DecidingBody.COUNCIL,
            "Gemeenteraad Hamerslag", LocalDate.of(2026, 12, 17), LocalTime.of(19, 30), "Raadzaal");

    private final DecisionListPdf builder = new DecisionListPdf();

    @Test
    void namesTheMeetingAndPerDecisionTheItemTitleOutcomeInDutchAndText() throws IOException {
        byte[] pdf = builder.build(COUNCIL, List.of(
                new DecisionListPdfLine(3, "Herinrichting Marktplein", DecisionOutcome.AS_PROPOSED,
                        "Het krediet van 1,2 miljoen beschikbaar stellen.", null),
                new DecisionListPdfLine(4, "Verordening parkeren", DecisionOutcome.AMENDED, "Vastgesteld zoals gewijzigd.",
                        "Artikel 3 vervalt."),
                new DecisionListPdfLine(5, "Zwembad", DecisionOutcome.POSTPONED, "Aangehouden tot januari.", null),
                new DecisionListPdfLine(6, "Kunstgras", DecisionOutcome.REJECTED, "Het voorstel is verworpen.", null),
                new DecisionListPdfLine(null, "Bibliotheek", DecisionOutcome.WITHDRAWN, "Van de agenda gehaald.", null)));

        String text = text(pdf);
        assertThat(text).contains("Besluitenlijst", "Gemeenteraad Hamerslag", "donderdag 17 december 2026, 19:30 uur, Raadzaal",
                "3. Herinrichting Marktplein", "Besluit: conform", "Het krediet van 1,2 miljoen beschikbaar stellen.",
                "4. Verordening parkeren", "Besluit: gewijzigd", "Gewijzigde tekst: Artikel 3 vervalt.",
                "5. Zwembad", "Besluit: aangehouden", "6. Kunstgras", "Besluit: verworpen",
                "Bibliotheek", "Besluit: teruggetrokken");
        assertThat(text.indexOf("3. Herinrichting")).isLessThan(text.indexOf("4. Verordening"));
    }

    @Test
    void aMeetingWithoutDecisionsSaysSo() throws IOException {
        assertThat(text(builder.build(COUNCIL, List.of()))).contains("Besluitenlijst", "Er zijn (nog) geen besluiten");
    }

    @Test
    void aLongListRunsOverSeveralPagesAndStrangeCharactersDoNotCrash() throws IOException {
        List<DecisionListPdfLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new DecisionListPdfLine(i, "Besluit \uD83D\uDE00 Łódź nummer " + i, DecisionOutcome.AS_PROPOSED,
                    "Een besluittekst die lang genoeg is om over meer dan een regel door te lopen, want besluiten zijn "
                            + "vaak uitvoerig geformuleerd met overwegingen en voorwaarden.", null));
        }

        byte[] pdf = builder.build(COUNCIL, lines);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("60. Besluit ? ?ódz nummer 60");
    }

    @Test
    void theSameDecisionsGiveTheSameBytes() {
        List<DecisionListPdfLine> lines = List.of(new DecisionListPdfLine(1, "Opening", DecisionOutcome.AS_PROPOSED, "-", null));

        assertThat(builder.build(COUNCIL, lines)).isEqualTo(builder.build(COUNCIL, lines));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
