package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.followup.FollowUpKind;
import nl.hamerslag.contracts.followup.QuestionKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The items, one or filtered; who may see which is the web layer's question to {@link FollowUpVisibility}. */
@Component
public class FollowUpQueries {

    /** The most items one overview returns. */
    public static final int MAX_ITEMS = 2_000;

    private static final RowMapper<FollowUpItemView> ROW = FollowUpQueries::item;

    private final JdbcTemplate jdbc;

    FollowUpQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FollowUpItemView> item(String itemId) {
        return jdbc.query("select * from followup_item where item_id = ?", ROW, itemId).stream().findFirst();
    }

    /** The items that match, soonest deadline first. */
    public List<FollowUpItemView> items(ItemFilter filter) {
        StringBuilder sql = new StringBuilder("select * from followup_item where true");
        List<Object> args = new ArrayList<>();
        if (filter.portfolioHolder() != null) {
            sql.append(" and lower(portfolio_holder) = lower(?)");
            args.add(filter.portfolioHolder());
        }
        if (filter.department() != null) {
            sql.append(" and lower(department) = lower(?)");
            args.add(filter.department());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.state() != null) {
            sql.append(" and state = ?");
            args.add(filter.state());
        }
        if (filter.overdue() != null) {
            sql.append(" and overdue = ?");
            args.add(filter.overdue());
        }
        if (filter.dueIn() != null) {
            sql.append(" and state <> 'SETTLED' and deadline >= ? and deadline < ?");
            args.add(filter.dueIn().withDayOfMonth(1));
            args.add(filter.dueIn().withDayOfMonth(1).plusMonths(1));
        }
        sql.append(" order by deadline nulls last, opened_at, item_id limit ").append(MAX_ITEMS);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** The bytes of a settlement document, by its hash. */
    public Optional<byte[]> document(String sha256) {
        return jdbc.query("select content from settlement_document where sha256 = ?", (rs, n) -> rs.getBytes(1), sha256)
                .stream().findFirst();
    }

    private static FollowUpItemView item(ResultSet rs, int row) throws SQLException {
        String sha = rs.getString("document_sha256");
        String questionKind = rs.getString("question_kind");
        return new FollowUpItemView(rs.getString("item_id"), FollowUpKind.valueOf(rs.getString("kind")),
                rs.getString("state"), rs.getString("meeting_id"), rs.getString("decision_id"),
                rs.getString("commitment_id"), rs.getString("motion_id"), rs.getObject("proposal_id", UUID.class),
                rs.getString("text"), rs.getString("portfolio_holder"), rs.getString("department"),
                rs.getObject("deadline", LocalDate.class), rs.getBoolean("overdue"), rs.getBoolean("reminded"),
                rs.getBoolean("escalated"), questionKind == null ? null : QuestionKind.valueOf(questionKind),
                rs.getString("submitter"), rs.getObject("received_on", LocalDate.class),
                sha == null ? null : new FollowUpItemView.Document(rs.getString("document_name"),
                        rs.getString("document_type"), rs.getLong("document_size"), sha, rs.getString("proposed_by")),
                rs.getString("last_reason"), instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("changed_at")),
                instant(rs.getTimestamp("settled_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
