package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.drafting.Manifest;
import nl.hamerslag.contracts.meeting.AgendaChange;
import nl.hamerslag.contracts.meeting.AgendaItemKind;
import nl.hamerslag.contracts.meeting.AgendaItemType;
import nl.hamerslag.contracts.meeting.DecisionOutcome;
import nl.hamerslag.contracts.meeting.FollowUpAction;
import nl.hamerslag.meeting.command.DecisionLists;
import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.meeting.command.MemberFunction;
import nl.hamerslag.meeting.command.Presence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Meetings, their members, agendas, changes, decisions and decision lists as the views keep them. */
@Component
public class MeetingQueries implements DecisionLists {

    /** At most this many meetings in one list answer. */
    public static final int MAX_MEETINGS = 500;

    private static final TypeReference<List<Manifest.Entry>> ENTRIES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FollowUpAction>> ACTIONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    MeetingQueries(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A closed meeting's decision list as drawn up, and whether and where it was adopted. */
    public record DrawnUpList(String json, String sha256, String adoptedInMeetingId, LocalDate adoptedOn) {
    }

    public Optional<MeetingView> meeting(String meetingId) {
        return jdbc.query("select * from meeting_view where meeting_id = ?", MeetingQueries::meeting, meetingId)
                .stream().findFirst();
    }

    public List<MeetingView> meetings(DecidingBody body, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("select * from meeting_view where true");
        List<Object> params = new ArrayList<>();
        if (body != null) {
            sql.append(" and body = ?");
            params.add(body.name());
        }
        if (from != null) {
            sql.append(" and meeting_date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and meeting_date <= ?");
            params.add(to);
        }
        sql.append(" order by meeting_date, starts_at, meeting_id limit ").append(MAX_MEETINGS);
        return jdbc.query(sql.toString(), MeetingQueries::meeting, params.toArray());
    }

    public List<MemberView> members(String meetingId) {
        return jdbc.query("select * from meeting_member where meeting_id = ? order by ordinal", (rs, i) -> new MemberView(
                rs.getString("member_id"), rs.getString("name"), MemberFunction.valueOf(rs.getString("function")),
                rs.getString("party_group"), Presence.valueOf(rs.getString("presence")), instant(rs, "presence_at")),
                meetingId);
    }

    /** Every item, those on the agenda in order first, then the withdrawn ones in the order they were added. */
    public List<AgendaItemView> agenda(String meetingId) {
        return jdbc.query("""
                select * from agenda_item_view where meeting_id = ? order by position nulls last, added_seq""",
                this::item, meetingId);
    }

    public Optional<AgendaItemView> item(String meetingId, String agendaItemId) {
        return jdbc.query("select * from agenda_item_view where meeting_id = ? and agenda_item_id = ?", this::item,
                meetingId, agendaItemId).stream().findFirst();
    }

    public List<AgendaChangeView> changes(String meetingId) {
        return jdbc.query("select * from agenda_change_view where meeting_id = ? order by seq", (rs, i) ->
                new AgendaChangeView(AgendaChange.valueOf(rs.getString("change")), rs.getString("agenda_item_id"),
                        rs.getString("reason"), instant(rs, "at")), meetingId);
    }

    public List<DecisionView> decisions(String meetingId) {
        return jdbc.query("""
                select d.* from decision_view d left join agenda_item_view a
                  on a.meeting_id = d.meeting_id and a.agenda_item_id = d.agenda_item_id
                where d.meeting_id = ? order by a.position nulls last, d.decided_at""", (rs, i) -> {
            String next = rs.getString("next_body");
            String confidentiality = rs.getString("confidentiality");
            return new DecisionView(rs.getString("decision_id"), rs.getString("agenda_item_id"),
                    rs.getObject("proposal_id", UUID.class), rs.getString("title"),
                    DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("decision_text"),
                    rs.getString("amended_text"), next == null ? null : DecidingBody.valueOf(next), rs.getString("version"),
                    confidentiality == null ? null : Confidentiality.valueOf(confidentiality),
                    json.readValue(rs.getString("document_hashes"), STRINGS),
                    json.readValue(rs.getString("follow_up_actions"), ACTIONS), instant(rs, "decided_at"));
        }, meetingId);
    }

    public Optional<DrawnUpList> decisionList(String meetingId) {
        return jdbc.query("""
                select decision_list, decision_list_sha256, adopted_in_meeting_id, adopted_on from meeting_view
                where meeting_id = ? and decision_list is not null""", (rs, i) -> new DrawnUpList(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)), meetingId).stream().findFirst();
    }

    @Override
    public Optional<DecisionListState> of(String meetingId) {
        return jdbc.query("select meeting_id, body_id, state, adopted_in_meeting_id from meeting_view where meeting_id = ?",
                (rs, i) -> new DecisionListState(rs.getString(1), rs.getString(2), MeetingState.valueOf(rs.getString(3)),
                        rs.getString(4)), meetingId).stream().findFirst();
    }

    private AgendaItemView item(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("item_type");
        String confidentiality = rs.getString("confidentiality");
        int position = rs.getInt("position");
        return new AgendaItemView(rs.getString("agenda_item_id"), rs.wasNull() ? null : position,
                AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("proposal_id", UUID.class), type == null ? null : AgendaItemType.valueOf(type),
                rs.getBoolean("confidential"), confidentiality == null ? null : Confidentiality.valueOf(confidentiality),
                rs.getString("version"), json.readValue(rs.getString("documents"), ENTRIES),
                rs.getString("previous_meeting_id"), rs.getString("status"), rs.getString("withdrawn_reason"),
                instant(rs, "added_at"));
    }

    private static MeetingView meeting(ResultSet rs, int row) throws SQLException {
        Time startsAt = rs.getTime("starts_at");
        return new MeetingView(rs.getString("meeting_id"), rs.getString("body_id"), DecidingBody.valueOf(rs.getString("body")),
                rs.getString("body_name"), rs.getObject("meeting_date", LocalDate.class),
                startsAt == null ? null : startsAt.toLocalTime(), rs.getString("place"), rs.getBoolean("closed_part"),
                MeetingState.valueOf(rs.getString("state")), rs.getString("cancel_reason"), instant(rs, "published_at"),
                instant(rs, "opened_at"), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
