package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.meeting.AgendaChanged;
import nl.hamerslag.contracts.meeting.AgendaPublished;
import nl.hamerslag.contracts.meeting.DecisionListAdopted;
import nl.hamerslag.contracts.meeting.DecisionTaken;
import nl.hamerslag.contracts.meeting.MeetingCancelled;
import nl.hamerslag.contracts.meeting.MeetingClosed;
import nl.hamerslag.contracts.meeting.MeetingPlanned;
import nl.hamerslag.contracts.meeting.ProposalScheduled;
import nl.hamerslag.contracts.meeting.ProposalUnscheduled;
import nl.hamerslag.meeting.command.AgendaItemAdded;
import nl.hamerslag.meeting.command.AgendaItemMarked;
import nl.hamerslag.meeting.command.AgendaItemMoved;
import nl.hamerslag.meeting.command.AgendaItemWithdrawn;
import nl.hamerslag.meeting.command.AttendanceRecorded;
import nl.hamerslag.meeting.command.DecisionListDrawnUp;
import nl.hamerslag.meeting.command.MeetingComposed;
import nl.hamerslag.meeting.command.MeetingOpened;
import nl.hamerslag.meeting.command.MeetingState;
import nl.hamerslag.meeting.command.Member;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the meetings, their members, agendas, changes, decisions and decision lists in step with the
 * meetings' events, in the same transaction (a subscribing processor, docs/decisions/0003), and moves
 * proposals on the ready list as they are scheduled, unscheduled and decided.
 */
@Component
@ProcessingGroup(MeetingProjection.NAME)
@ProjectionTables(value = {"meeting_view", "meeting_member", "agenda_item_view", "agenda_change_view", "decision_view"},
        alsoWrites = "ready_proposal")
public class MeetingProjection {

    public static final String NAME = "meeting-view";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ReadyList readyList;

    MeetingProjection(JdbcTemplate jdbc, JsonMapper json, ReadyList readyList) {
        this.jdbc = jdbc;
        this.json = json;
        this.readyList = readyList;
    }

    @EventHandler
    void on(MeetingPlanned event, @Timestamp Instant at) {
        jdbc.update("""
                insert into meeting_view (meeting_id, body_id, body, body_name, meeting_date, starts_at, place, closed_part,
                    state, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.meetingId(), event.bodyId(), event.body().name(), event.bodyName(), event.date(), event.startsAt(),
                event.place(), event.closedPart(), MeetingState.PLANNED.name(), ts(at));
    }

    @EventHandler
    void on(MeetingComposed event) {
        int ordinal = 0;
        for (Member m : event.members()) {
            jdbc.update("""
                    insert into meeting_member (meeting_id, member_id, ordinal, name, function, party_group)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    event.meetingId(), m.memberId(), ordinal++, m.name(), m.function().name(), m.partyGroup());
        }
    }

    @EventHandler
    void on(MeetingCancelled event, @Timestamp Instant at) {
        jdbc.update("update meeting_view set state = ?, cancel_reason = ?, updated_at = ? where meeting_id = ?",
                MeetingState.CANCELLED.name(), event.reason(), ts(at), event.meetingId());
    }

    @EventHandler
    void on(MeetingOpened event, @Timestamp Instant at) {
        jdbc.update("update meeting_view set state = ?, opened_at = ?, updated_at = ? where meeting_id = ?",
                MeetingState.OPENED.name(), ts(event.openedAt() == null ? at : event.openedAt()), ts(at), event.meetingId());
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        jdbc.update("update meeting_member set presence = ?, presence_at = ? where meeting_id = ? and member_id = ?",
                event.presence().name(), event.at() == null ? null : ts(event.at()), event.meetingId(), event.memberId());
    }

    @EventHandler
    void on(AgendaItemAdded event, @Timestamp Instant at, @SequenceNumber long sequence) {
        Integer position = jdbc.queryForObject(
                "select count(*) + 1 from agenda_item_view where meeting_id = ? and position is not null", Integer.class,
                event.meetingId());
        jdbc.update("""
                insert into agenda_item_view (meeting_id, agenda_item_id, position, kind, title, proposal_id, item_type,
                    confidential, confidentiality, version, documents, previous_meeting_id, status, added_seq, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ON_AGENDA', ?, ?) on conflict do nothing""",
                event.meetingId(), event.agendaItemId(), position, event.kind().name(), event.title(),
                event.proposalId() == null ? null : event.proposalId().value(),
                event.itemType() == null ? null : event.itemType().name(),
                event.confidentiality() != null && !event.confidentiality().isPublic(),
                event.confidentiality() == null ? null : event.confidentiality().name(),
                event.version() == null ? null : event.version().value(), json.writeValueAsString(event.documents()),
                event.previousMeetingId(), sequence, ts(event.at() == null ? at : event.at()));
        touch(event.meetingId(), at);
    }

    @EventHandler
    void on(AgendaItemMarked event, @Timestamp Instant at) {
        jdbc.update("update agenda_item_view set item_type = ?, confidential = ? where meeting_id = ? and agenda_item_id = ?",
                event.itemType() == null ? null : event.itemType().name(), event.confidential(), event.meetingId(),
                event.agendaItemId());
        touch(event.meetingId(), at);
    }

    @EventHandler
    void on(AgendaItemMoved event, @Timestamp Instant at) {
        List<String> order = new ArrayList<>(order(event.meetingId()));
        order.remove(event.agendaItemId());
        order.add(Math.min(event.position() - 1, order.size()), event.agendaItemId());
        renumber(event.meetingId(), order);
        touch(event.meetingId(), at);
    }

    @EventHandler
    void on(AgendaItemWithdrawn event, @Timestamp Instant at) {
        List<String> order = new ArrayList<>(order(event.meetingId()));
        order.remove(event.agendaItemId());
        jdbc.update("""
                update agenda_item_view set status = 'WITHDRAWN', position = null, withdrawn_reason = ?
                where meeting_id = ? and agenda_item_id = ?""", event.reason(), event.meetingId(), event.agendaItemId());
        renumber(event.meetingId(), order);
        touch(event.meetingId(), at);
    }

    @EventHandler
    void on(AgendaPublished event, @Timestamp Instant at) {
        jdbc.update("update meeting_view set state = ?, published_at = ?, updated_at = ? where meeting_id = ?",
                MeetingState.AGENDA_PUBLISHED.name(), ts(at), ts(at), event.meetingId());
    }

    @EventHandler
    void on(AgendaChanged event, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into agenda_change_view (meeting_id, seq, change, agenda_item_id, reason, at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.meetingId(), sequence, event.change().name(), event.agendaItemId(), event.reason(), ts(at));
    }

    @EventHandler
    void on(ProposalScheduled event, @Timestamp Instant at) {
        readyList.scheduled(event.proposalId(), event.meetingId(), at);
    }

    @EventHandler
    void on(ProposalUnscheduled event, @Timestamp Instant at) {
        readyList.readyAgain(event.proposalId(), event.body(), at);
    }

    @EventHandler
    void on(DecisionTaken event, @Timestamp Instant at) {
        jdbc.update("""
                insert into decision_view (decision_id, meeting_id, agenda_item_id, proposal_id, title, outcome,
                    decision_text, amended_text, next_body, version, confidentiality, document_hashes, follow_up_actions,
                    decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.decisionId(), event.meetingId(), event.agendaItemId(), event.proposalId().value(), event.title(),
                event.outcome().name(), event.decisionText(), event.amendedText(),
                event.nextBody() == null ? null : event.nextBody().name(),
                event.version() == null ? null : event.version().value(),
                event.confidentiality() == null ? null : event.confidentiality().name(),
                json.writeValueAsString(event.documentHashes().stream().map(ContentHash::value).toList()),
                json.writeValueAsString(event.followUpActions()), event.decidedAt() == null ? ts(at) : ts(event.decidedAt()));
        jdbc.update("update agenda_item_view set status = 'DECIDED' where meeting_id = ? and agenda_item_id = ?",
                event.meetingId(), event.agendaItemId());
        readyList.decided(event.proposalId(), event.body(), event.outcome(), event.nextBody(), at);
        touch(event.meetingId(), at);
    }

    @EventHandler
    void on(DecisionListDrawnUp event) {
        jdbc.update("update meeting_view set decision_list = ? where meeting_id = ?", event.decisionList().json(),
                event.meetingId());
    }

    @EventHandler
    void on(MeetingClosed event, @Timestamp Instant at) {
        jdbc.update("""
                update meeting_view set state = ?, closed_at = ?, decision_list_sha256 = ?, updated_at = ?
                where meeting_id = ?""", MeetingState.CLOSED.name(), ts(event.closedAt() == null ? at : event.closedAt()),
                event.decisionListSha256(), ts(at), event.meetingId());
    }

    @EventHandler
    void on(DecisionListAdopted event, @Timestamp Instant at) {
        jdbc.update("update meeting_view set adopted_in_meeting_id = ?, adopted_on = ?, updated_at = ? where meeting_id = ?",
                event.adoptedInMeetingId(), event.adoptedOn(), ts(at), event.meetingId());
        jdbc.update("""
                update agenda_item_view set status = 'DECIDED' where meeting_id = ? and kind = 'PREVIOUS_DECISION_LIST'
                  and previous_meeting_id = ?""", event.adoptedInMeetingId(), event.meetingId());
        touch(event.adoptedInMeetingId(), at);
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("decision_view", "agenda_change_view", "agenda_item_view", "meeting_member",
                "meeting_view")) {
            jdbc.update("delete from " + table);
        }
    }

    private List<String> order(String meetingId) {
        return jdbc.queryForList("""
                select agenda_item_id from agenda_item_view where meeting_id = ? and position is not null
                order by position""", String.class, meetingId);
    }

    private void renumber(String meetingId, List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            jdbc.update("update agenda_item_view set position = ? where meeting_id = ? and agenda_item_id = ?",
                    i + 1, meetingId, order.get(i));
        }
    }

    private void touch(String meetingId, Instant at) {
        jdbc.update("update meeting_view set updated_at = ? where meeting_id = ?", ts(at), meetingId);
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
