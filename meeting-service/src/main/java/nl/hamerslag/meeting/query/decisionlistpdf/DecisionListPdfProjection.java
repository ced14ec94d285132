package nl.hamerslag.meeting.query.decisionlistpdf;

import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The decisions of each meeting as the decision list's PDF shows them ({@code decision_list_pdf_entry}),
 * in the order they were taken. Separate from the decision list's JSON view: this one only feeds the PDF.
 */
@Component
@ProcessingGroup(DecisionListPdfProjection.NAME)
@ProjectionTables("decision_list_pdf_entry")
public class DecisionListPdfProjection {

    public static final String NAME = "decision-list-pdf";

    private final JdbcTemplate jdbc;

    public DecisionListPdfProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DecisionTaken event) {
        jdbc.update("""
                insert into decision_list_pdf_entry (decision_id, meeting_id, agenda_item_id, title, outcome, decision_text,
                    amended_text, confidentiality, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (decision_id) do nothing""",
                event.decisionId(), event.meetingId(), event.agendaItemId(), event.title(), event.outcome().name(),
                event.decisionText(), event.amendedText(),
                event.confidentiality() == null ? null : event.confidentiality().name(),
                event.decidedAt() == null ? null : Timestamp.from(event.decidedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from decision_list_pdf_entry");
    }
}
