package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Reads the proposal view. */
@Component
public class ProposalQueries {

    private static final RowMapper<ProposalView> ROW = (row, n) -> new ProposalView(
            row.getObject("proposal_id", UUID.class),
            ProposalType.valueOf(row.getString("type")),
            row.getString("title"),
            row.getString("summary"),
            row.getString("portfolio_holder"),
            row.getString("department"),
            Confidentiality.fromZgwName(row.getString("confidentiality")),
            row.getBoolean("financial_consequences"),
            row.getBoolean("legal_consequences"),
            DecidingBody.valueOf(row.getString("deciding_body")),
            row.getString("author_subject"),
            row.getString("author_name"),
            row.getString("status"),
            row.getString("version"),
            row.getString("submitted_version"),
            row.getTimestamp("created_at").toInstant(),
            row.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    public ProposalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProposalView> byId(UUID id) {
        return jdbc.query("select * from proposal_view where proposal_id = ?", ROW, id).stream().findFirst();
    }
}
