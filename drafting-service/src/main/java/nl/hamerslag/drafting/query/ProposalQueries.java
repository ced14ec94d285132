package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalType;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.ReturnedForRevision.Remark;
import nl.hamerslag.contracts.drafting.AttachmentKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.drafting.command.ProposalStatus;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Reads the proposal views: one proposal, searches, attachments and submitted versions. */
@Component
public class ProposalQueries {

    /** Sort keys of a search and their columns. */
    public static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "updated_at", "createdAt", "created_at", "title", "lower(title)", "status", "status",
            "type", "type", "wishedMeetingDate", "wished_meeting_date");

    private static final TypeReference<List<Remark>> REMARKS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select p.*, exists (select 1 from attachment_view a where a.proposal_id = p.proposal_id and a.kind = 'MAIN')
                   as has_main from proposal_view p""";
    private static final RowMapper<AttachmentView> ATTACHMENT = (row, n) -> new AttachmentView(
            row.getString("attachment_id"), AttachmentKind.valueOf(row.getString("kind")), row.getString("name"),
            row.getString("media_type"), row.getLong("size"), row.getString("sha256"),
            (Integer) row.getObject("revision"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<ProposalView> proposal = this::proposal;

    public ProposalQueries(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ProposalView> byId(UUID id) {
        return jdbc.query(SELECT + " where p.proposal_id = ?", proposal, id).stream().findFirst();
    }

    /** Who may see the proposal: its own fields, the seats of its routes and the people they name. */
    public Audience audience(ProposalView view) {
        List<Audience.Seat> seats = jdbc.query("select role, department from proposal_seat where proposal_id = ?",
                (row, n) -> new Audience.Seat(Role.valueOf(row.getString("role")), row.getString("department")),
                view.id());
        List<String> named = jdbc.queryForList("select subject from proposal_named where proposal_id = ?", String.class,
                view.id());
        return new Audience(view.confidentiality(), view.author(), view.department(), view.decidingBody(), seats,
                Set.copyOf(named));
    }

    /** Only what {@code caller} may see, by the same rule as {@link #audience}: the rest is as if it did not exist. */
    public ProposalPage search(ProposalSearch search, Caller caller) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        AudienceFilter.Condition visible = AudienceFilter.of(caller);
        where.add(visible.sql());
        params.addAll(visible.params());
        if (search.mine()) {
            where.add("p.author_subject = ?");
            params.add(caller.subject());
        }
        filter(where, params, "p.status = ?", search.status(), Enum::name);
        filter(where, params, "p.type = ?", search.type(), Enum::name);
        filter(where, params, "lower(p.department) = lower(?)", search.department(), Function.identity());
        filter(where, params, "lower(p.portfolio_holder) = lower(?)", search.portfolioHolder(), Function.identity());
        if (search.decidingBody() != null) {
            where.add("(p.deciding_body = ? or p.next_body = ?)");
            params.add(search.decidingBody().name());
            params.add(search.decidingBody().name());
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add("(p.title ilike ? or p.summary ilike ?)");
            params.add(like);
            params.add(like);
        }
        String condition = " where " + String.join(" and ", where);
        Long total = jdbc.queryForObject("select count(*) from proposal_view p" + condition, Long.class, params.toArray());
        String order = " order by " + SORTABLE.get(search.sort()) + (search.ascending() ? " asc" : " desc")
                + " nulls last, p.proposal_id limit ? offset ?";
        List<Object> paged = new ArrayList<>(params);
        paged.add(search.size());
        paged.add((long) search.page() * search.size());
        List<ProposalView> items = jdbc.query(SELECT + condition + order, proposal, paged.toArray());
        return new ProposalPage(items, search.page(), search.size(), total == null ? 0 : total);
    }

    public List<AttachmentView> attachments(UUID proposalId) {
        return jdbc.query("select * from attachment_view where proposal_id = ? order by kind desc, name, attachment_id",
                ATTACHMENT, proposalId);
    }

    public Optional<AttachmentView> attachment(UUID proposalId, String attachmentId) {
        return jdbc.query("select * from attachment_view where proposal_id = ? and attachment_id = ?", ATTACHMENT,
                proposalId, attachmentId).stream().findFirst();
    }

    public List<VersionView> versions(UUID proposalId) {
        return jdbc.query("select * from proposal_version where proposal_id = ? order by number", this::version,
                proposalId);
    }

    /** A version by its number or by its hash. */
    public Optional<VersionView> version(UUID proposalId, String numberOrHash) {
        String column = numberOrHash.matches("\\d{1,9}") ? "number" : "version";
        Object key = column.equals("number") ? Integer.parseInt(numberOrHash) : numberOrHash;
        return jdbc.query("select * from proposal_version where proposal_id = ? and " + column + " = ?", this::version,
                proposalId, key).stream().findFirst();
    }

    private VersionView version(ResultSet row, int n) throws SQLException {
        UUID proposalId = row.getObject("proposal_id", UUID.class);
        int number = row.getInt("number");
        List<AttachmentView> attachments = jdbc.query("""
                select *, null::integer as revision from proposal_version_attachment
                where proposal_id = ? and number = ? order by kind desc, name, attachment_id""",
                ATTACHMENT, proposalId, number);
        return new VersionView(number, row.getString("version"), row.getString("fields_hash"), row.getString("title"),
                row.getString("submitted_by"), instant(row, "submitted_at"), attachments);
    }

    private ProposalView proposal(ResultSet row, int n) throws SQLException {
        String meetingId = row.getString("meeting_id");
        String decisionId = row.getString("decision_id");
        String withdrawnBy = row.getString("withdrawn_by");
        String remarks = row.getString("return_remarks");
        return new ProposalView(
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
                row.getObject("wished_meeting_date", LocalDate.class),
                row.getObject("related_proposal_id", UUID.class),
                tags(row.getArray("tags")),
                row.getString("author_subject"),
                row.getString("author_name"),
                ProposalStatus.valueOf(row.getString("status")),
                row.getString("version"),
                row.getString("submitted_version"),
                row.getLong("revision"),
                row.getBoolean("has_main"),
                remarks == null ? null : json.readValue(remarks, REMARKS),
                body(row.getString("next_body")),
                meetingId == null ? null : new ProposalView.Agenda(meetingId, body(row.getString("meeting_body")),
                        row.getObject("meeting_date", LocalDate.class), row.getString("agenda_item_id"),
                        row.getString("agenda_item_type") == null ? null
                                : AgendaItemType.valueOf(row.getString("agenda_item_type"))),
                decisionId == null ? null : new ProposalView.Decision(decisionId, row.getString("decision_meeting_id"),
                        body(row.getString("decision_body")), DecisionOutcome.valueOf(row.getString("decision_outcome")),
                        instant(row, "decided_at")),
                withdrawnBy == null ? null : new ProposalView.Withdrawal(withdrawnBy, row.getString("withdrawn_reason")),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static <T> void filter(List<String> where, List<Object> params, String condition, T value,
                                   Function<T, Object> toParam) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(condition);
            params.add(toParam.apply(value));
        }
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static DecidingBody body(String name) {
        return name == null ? null : DecidingBody.valueOf(name);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
