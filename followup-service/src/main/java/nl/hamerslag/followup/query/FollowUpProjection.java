package nl.hamerslag.followup.query;

import nl.hamerslag.contracts.followup.DeadlineExtended;
import nl.hamerslag.contracts.followup.FollowUpEscalated;
import nl.hamerslag.contracts.followup.FollowUpItemOpened;
import nl.hamerslag.contracts.followup.FollowUpItemStarted;
import nl.hamerslag.contracts.followup.FollowUpOverdue;
import nl.hamerslag.contracts.followup.FollowUpReminderSent;
import nl.hamerslag.contracts.followup.QuestionRegistered;
import nl.hamerslag.contracts.followup.SettlementAccepted;
import nl.hamerslag.contracts.followup.SettlementNotAccepted;
import nl.hamerslag.contracts.followup.SettlementProposed;
import nl.hamerslag.followup.config.DeadlineMoments;
import nl.hamerslag.followup.config.DeadlineMoments.Step;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The items as the overviews read them, and the deadline rows the watch works from: each opened
 * item gets a row per step (reminder, overdue, escalation) for its deadline; an extension starts
 * them over for the new deadline; a settled item has nothing left to watch.
 */
@Component
@ProcessingGroup(FollowUpProjection.NAME)
@ProjectionTables({"followup_item", "followup_deadline"})
public class FollowUpProjection {

    public static final String NAME = "followup-items";

    private final JdbcTemplate jdbc;
    private final DeadlineMoments moments;

    FollowUpProjection(JdbcTemplate jdbc, DeadlineMoments moments) {
        this.jdbc = jdbc;
        this.moments = moments;
    }

    @EventHandler
    void on(FollowUpItemOpened event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                insert into followup_item (item_id, kind, state, meeting_id, decision_id, commitment_id, motion_id,
                    proposal_id, text, portfolio_holder, department, deadline, opened_at, changed_at)
                values (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (item_id) do update set kind = excluded.kind, state = 'OPEN', meeting_id = excluded.meeting_id,
                    decision_id = excluded.decision_id, commitment_id = excluded.commitment_id,
                    motion_id = excluded.motion_id, proposal_id = excluded.proposal_id, text = excluded.text,
                    portfolio_holder = excluded.portfolio_holder, department = excluded.department,
                    deadline = excluded.deadline, changed_at = excluded.changed_at""",
                event.itemId(), event.kind().name(), event.meetingId(), event.decisionId(), event.commitmentId(),
                event.motionId(), event.proposalId() == null ? null : event.proposalId().value(), event.text(),
                event.portfolioHolder(), event.department(), event.deadline(), ts(at), ts(at));
        if (event.deadline() != null) {
            watch(event.itemId(), event.deadline());
        }
    }

    @EventHandler
    void on(QuestionRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                insert into followup_item (item_id, kind, state, question_kind, submitter, received_on, text, deadline,
                    opened_at, changed_at)
                values (?, 'QUESTION', 'OPEN', ?, ?, ?, ?, ?, ?, ?)""",
                event.itemId(), event.questionKind().name(), event.submitter(), event.receivedOn(), event.text(),
                event.answerDue(), ts(at), ts(at));
    }

    @EventHandler
    void on(FollowUpItemStarted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        state(event.itemId(), "IN_PROGRESS", at);
    }

    @EventHandler
    void on(SettlementProposed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                update followup_item set state = 'SETTLEMENT_PROPOSED', document_name = ?, document_type = ?,
                    document_size = ?, document_sha256 = ?, proposed_by = ?, changed_at = ? where item_id = ?""",
                event.documentName(), event.mediaType(), event.size(), event.sha256(), event.proposedBy(), ts(at),
                event.itemId());
    }

    @EventHandler
    void on(SettlementAccepted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update followup_item set state = 'SETTLED', overdue = false, settled_at = ?, changed_at = ? where item_id = ?",
                ts(at), ts(at), event.itemId());
        jdbc.update("update followup_deadline set done_for = deadline where item_id = ?", event.itemId());
    }

    @EventHandler
    void on(SettlementNotAccepted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                update followup_item set state = 'IN_PROGRESS', last_reason = ?, proposed_by = null, changed_at = ?
                where item_id = ?""", event.reason(), ts(at), event.itemId());
    }

    @EventHandler
    void on(DeadlineExtended event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                update followup_item set deadline = ?, overdue = false, reminded = false, escalated = false,
                    last_reason = ?, changed_at = ? where item_id = ?""", event.to(), event.reason(), ts(at), event.itemId());
        watch(event.itemId(), event.to());
    }

    @EventHandler
    void on(FollowUpReminderSent event) {
        jdbc.update("update followup_item set reminded = true where item_id = ?", event.itemId());
        done(event.itemId(), Step.REMINDER);
    }

    @EventHandler
    void on(FollowUpOverdue event) {
        jdbc.update("update followup_item set overdue = true where item_id = ?", event.itemId());
        done(event.itemId(), Step.OVERDUE);
    }

    @EventHandler
    void on(FollowUpEscalated event) {
        jdbc.update("update followup_item set escalated = true where item_id = ?", event.itemId());
        done(event.itemId(), Step.ESCALATION);
    }

    /**
     * The deadline watch marks a step done before it sends the command; marking it again from the event
     * lets a rebuilt projection know it too, so that the watch does not act on it a second time.
     */
    private void done(String itemId, Step step) {
        jdbc.update("update followup_deadline set done_for = deadline where item_id = ? and step = ?", itemId, step.name());
    }

    private void watch(String itemId, LocalDate deadline) {
        for (Step step : Step.values()) {
            jdbc.update("""
                    insert into followup_deadline (item_id, step, deadline, due_at, done_for) values (?, ?, ?, ?, null)
                    on conflict (item_id, step) do update set deadline = excluded.deadline, due_at = excluded.due_at,
                        done_for = null""", itemId, step.name(), deadline, ts(moments.of(step, deadline)));
        }
    }

    private void state(String itemId, String state, Instant at) {
        jdbc.update("update followup_item set state = ?, changed_at = ? where item_id = ?", state, ts(at), itemId);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
