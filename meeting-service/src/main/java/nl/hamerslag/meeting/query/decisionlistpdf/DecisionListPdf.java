package nl.hamerslag.meeting.query.decisionlistpdf;

import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.meeting.query.pdf.PdfFiles;
import nl.hamerslag.meeting.query.pdf.PdfMeetingHeader;
import nl.hamerslag.meeting.query.pdf.PdfStyle;
import nl.hamerslag.meeting.query.pdf.PdfTextPages;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The decision list (besluitenlijst) of a meeting as a PDF: the meeting, then per decision the
 * agenda item's number and title, the outcome in Dutch and the decision text (and the amended text
 * when it was amended). Pure; the same decisions give the same bytes.
 */
public final class DecisionListPdf {

    public byte[] build(PdfMeetingHeader meeting, List<DecisionListPdfLine> decisions) {
        try (PDDocument document = new PDDocument()) {
            try (PdfTextPages pages = new PdfTextPages(document)) {
                pages.write("Besluitenlijst", PdfStyle.TITLE);
                pages.write(meeting.bodyLabel(), PdfStyle.HEADING);
                pages.write(meeting.when(), PdfStyle.TEXT);
                pages.space(8);
                if (decisions.isEmpty()) {
                    pages.write("Er zijn (nog) geen besluiten van deze vergadering vastgelegd.", PdfStyle.TEXT);
                }
                for (DecisionListPdfLine decision : decisions) {
                    pages.space(6);
                    pages.write((decision.itemNumber() == null ? "" : decision.itemNumber() + ". ") + decision.title(),
                            PdfStyle.ITEM);
                    pages.write("Besluit: " + dutch(decision.outcome()), PdfStyle.DETAIL);
                    if (decision.decisionText() != null && !decision.decisionText().isBlank()) {
                        pages.write(decision.decisionText(), PdfStyle.DETAIL);
                    }
                    if (decision.amendedText() != null && !decision.amendedText().isBlank()) {
                        pages.write("Gewijzigde tekst: " + decision.amendedText(), PdfStyle.DETAIL);
                    }
                }
            }
            return PdfFiles.save(document, "Besluitenlijst " + meeting.bodyLabel() + " " + meeting.date(),
                    "decision-list/" + meeting.meetingId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dutch(DecisionOutcome outcome) {
        return switch (outcome) {
            case AS_PROPOSED -> "conform";
            case AMENDED -> "gewijzigd";
            case POSTPONED -> "aangehouden";
            case REJECTED -> "verworpen";
            case WITHDRAWN -> "teruggetrokken";
        };
    }
}
