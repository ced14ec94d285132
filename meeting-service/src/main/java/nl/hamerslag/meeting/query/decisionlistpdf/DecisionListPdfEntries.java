package nl.hamerslag.meeting.query.decisionlistpdf;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.meeting.query.meetingpackage.PackageMeeting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The decision list of a meeting as a PDF, for a reader in the deciding body's circle (every
 * decision) or anyone else (only decisions on openbaar proposals in items not marked confidential).
 */
@Component
public class DecisionListPdfEntries {

    private final JdbcTemplate jdbc;
    private final DecisionListPdf builder = new DecisionListPdf();

    public DecisionListPdfEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public byte[] pdf(PackageMeeting meeting, boolean everyDecision) {
        List<Entry> entries = jdbc.query("""
                select agenda_item_id, title, outcome, decision_text, amended_text, confidentiality
                from decision_list_pdf_entry where meeting_id = ? order by received""", (rs, n) -> new Entry(
                rs.getString("agenda_item_id"), rs.getString("title"), DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("decision_text"), rs.getString("amended_text"),
                rs.getString("confidentiality") == null ? null : Confidentiality.valueOf(rs.getString("confidentiality"))),
                meeting.meetingId());
        List<DecisionListPdfLine> lines = entries.stream()
                .filter(e -> everyDecision || (e.confidentiality() != null && e.confidentiality().isPublic()
                        && !meeting.isConfidentialItem(e.agendaItemId())))
                .map(e -> new DecisionListPdfLine(meeting.numberOf(e.agendaItemId()).orElse(null), e.title(), e.outcome(),
                        e.decisionText(), e.amendedText()))
                .sorted(Comparator.comparing(DecisionListPdfLine::itemNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return builder.build(meeting.header(), lines);
    }

    private record Entry(String agendaItemId, String title, DecisionOutcome outcome, String decisionText,
                         String amendedText, Confidentiality confidentiality) {
    }
}
