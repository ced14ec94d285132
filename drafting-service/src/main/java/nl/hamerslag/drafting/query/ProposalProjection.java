package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.drafting.command.ProposalApproved;
import nl.hamerslag.drafting.command.ProposalContent;
import nl.hamerslag.drafting.command.ProposalDrafted;
import nl.hamerslag.drafting.command.ProposalStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code proposal_view} in step with the proposals' events. */
@Component
@ProcessingGroup(ProposalProjection.NAME)
public class ProposalProjection {

    public static final String NAME = "proposal-view";

    private final JdbcTemplate jdbc;

    public ProposalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalDrafted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        ProposalContent c = event.content();
        jdbc.update("""
                insert into proposal_view (proposal_id, type, title, summary, portfolio_holder, department,
                    confidentiality, financial_consequences, legal_consequences, deciding_body, author_subject,
                    author_name, status, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (proposal_id) do nothing""",
                event.proposalId().value(), c.type().name(), c.title(), c.summary(), c.portfolioHolder(), c.department(),
                c.confidentiality().zgwName(), c.financialConsequences(), c.legalConsequences(), c.decidingBody().name(),
                event.author().subject(), event.author().name(), ProposalStatus.DRAFT.name(), event.version().value(),
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(ProposalSubmitted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update proposal_view set status = ?, submitted_version = ?, updated_at = ? where proposal_id = ?",
                ProposalStatus.SUBMITTED.name(), event.version().value(), java.sql.Timestamp.from(at),
                event.proposalId().value());
    }

    @EventHandler
    void on(ProposalApproved event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update proposal_view set status = ?, updated_at = ? where proposal_id = ?",
                ProposalStatus.APPROVED.name(), java.sql.Timestamp.from(at), event.proposalId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from proposal_view");
    }
}
