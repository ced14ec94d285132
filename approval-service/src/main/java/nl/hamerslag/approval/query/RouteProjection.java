package nl.hamerslag.approval.query;

import nl.hamerslag.approval.command.RoutePlan;
import nl.hamerslag.approval.command.RoutePlanFixed;
import nl.hamerslag.approval.command.RouteStatus;
import nl.hamerslag.approval.command.StageOpened;
import nl.hamerslag.approval.command.StepState;
import nl.hamerslag.approval.command.Submission;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.approval.ReturnedForRevision;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.RouteSuperseded;
import nl.hamerslag.contracts.approval.StepApproved;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.contracts.approval.StepDue;
import nl.hamerslag.contracts.approval.StepEscalated;
import nl.hamerslag.contracts.approval.StepRefused;
import nl.hamerslag.contracts.approval.StepReminderSent;
import nl.hamerslag.contracts.approval.StepSkipped;
import nl.hamerslag.platform.projection.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps the route read model (tables approval_route, approval_step) in step with the event store.
 * It follows the events only: which steps become due is decided by the aggregate ({@link StageOpened}).
 * Every statement tolerates seeing an event again, and a reset rebuilds the tables from the first event.
 */
@Component
@ProcessingGroup(RouteProjection.PROCESSING_GROUP)
@ProjectionTables({"approval_route", "approval_step", "approval_proposal"})
public class RouteProjection {

    public static final String PROCESSING_GROUP = "approval-routes";

    private final JdbcTemplate jdbc;

    RouteProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RouteOpened event, @Timestamp Instant at) {
        int inserted = jdbc.update("""
                insert into approval_route (route_id, proposal_id, version, status, opened_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                event.routeId(), event.proposalId().value(), event.version().value(), RouteStatus.OPEN.name(), utc(at));
        if (inserted == 0) {
            return;
        }
        for (RouteOpened.Stage stage : event.stages()) {
            for (int position = 0; position < stage.steps().size(); position++) {
                RouteOpened.Step step = stage.steps().get(position);
                jdbc.update("""
                        insert into approval_step (route_id, step_id, stage_number, position, role, department, state)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                        event.routeId(), step.stepId(), stage.number(), position, step.role().name(), step.department(),
                        StepState.WAITING.name());
            }
        }
    }

    @EventHandler
    void on(RoutePlanFixed event) {
        jdbc.update("update approval_route set rule_name = ? where route_id = ?", event.plan().rule(), event.routeId());
        audience(event);
        for (RoutePlan.PlannedStage stage : event.plan().stages()) {
            for (RoutePlan.PlannedStep step : stage.steps()) {
                jdbc.update("update approval_step set department = ? where route_id = ? and step_id = ?",
                        step.department(), event.routeId(), step.stepId());
            }
        }
    }

    @EventHandler
    void on(StageOpened event, @Timestamp Instant at) {
        for (String stepId : event.stepIds()) {
            jdbc.update("update approval_step set state = ?, due_since = ? where route_id = ? and step_id = ? and state = ?",
                    StepState.DUE.name(), utc(at), event.routeId(), stepId, StepState.WAITING.name());
        }
    }

    @EventHandler
    void on(StepDue event) {
        jdbc.update("update approval_step set due_at = ? where route_id = ? and step_id = ?",
                utc(event.dueAt()), event.routeId(), event.stepId());
    }

    @EventHandler
    void on(StepApproved event, @Timestamp Instant at) {
        decided(event.routeId(), event.stepId(), StepState.APPROVED, event.signer(), at, event.remarks(), null);
    }

    @EventHandler
    void on(StepRefused event, @Timestamp Instant at) {
        decided(event.routeId(), event.stepId(), StepState.REFUSED, event.refuser(), at, null, event.reason());
    }

    @EventHandler
    void on(StepSkipped event, @Timestamp Instant at) {
        decided(event.routeId(), event.stepId(), StepState.SKIPPED, event.skippedBy(), at, null, event.reason());
    }

    @EventHandler
    void on(StepDelegated event) {
        jdbc.update("""
                update approval_step
                   set delegate_subject = ?, delegate_name = ?, delegated_by_subject = ?, delegated_by_name = ?,
                       delegation_reason = ?, mandate = ?
                 where route_id = ? and step_id = ?""",
                event.delegateSubject(), event.delegateName(), event.delegator().subject(), event.delegator().name(),
                event.reason(), event.mandate(), event.routeId(), event.stepId());
    }

    @EventHandler
    void on(StepReminderSent event, @Timestamp Instant at) {
        jdbc.update("update approval_step set reminded_at = ? where route_id = ? and step_id = ?",
                utc(at), event.routeId(), event.stepId());
    }

    @EventHandler
    void on(StepEscalated event, @Timestamp Instant at) {
        jdbc.update("update approval_step set escalated_at = ?, escalated_to = ? where route_id = ? and step_id = ?",
                utc(at), event.escalatedTo().name(), event.routeId(), event.stepId());
    }

    @EventHandler
    void on(ReturnedForRevision event, @Timestamp Instant at) {
        closed(event.routeId(), RouteStatus.RETURNED, at, null);
    }

    @EventHandler
    void on(RouteSuperseded event, @Timestamp Instant at) {
        closed(event.routeId(), RouteStatus.SUPERSEDED, at, event.reason());
    }

    @EventHandler
    void on(RouteCompleted event, @Timestamp Instant at) {
        jdbc.update("update approval_route set status = ?, completed_at = ?, closed_at = ? where route_id = ?",
                RouteStatus.COMPLETED.name(), utc(at), utc(at), event.routeId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from approval_step");
        jdbc.update("delete from approval_route");
        jdbc.update("delete from approval_proposal");
    }

    /** The latest submission decides who sees the proposal: a resubmission may change its confidentiality. */
    private void audience(RoutePlanFixed event) {
        Submission submission = event.submission();
        if (submission == null || submission.author() == null || submission.confidentiality() == null) {
            return;
        }
        jdbc.update("""
                insert into approval_proposal (proposal_id, confidentiality, author, department, deciding_body)
                values (?, ?, ?, ?, ?)
                on conflict (proposal_id) do update set confidentiality = excluded.confidentiality,
                    author = excluded.author, department = excluded.department, deciding_body = excluded.deciding_body""",
                event.proposalId().value(), submission.confidentiality().name(), submission.author(),
                submission.department(), submission.decidingBody() == null ? null : submission.decidingBody().name());
    }

    private void decided(String routeId, String stepId, StepState state, Actor by, Instant at, String remarks, String reason) {
        jdbc.update("""
                update approval_step
                   set state = ?, signer_subject = ?, signer_name = ?, signer_role = ?, signed_at = ?, remarks = ?, reason = ?
                 where route_id = ? and step_id = ?""",
                state.name(), by.subject(), by.name(), by.role().name(), utc(at), remarks, reason, routeId, stepId);
    }

    /** The route ended before every step was done: the steps still waiting or due lapse. */
    private void closed(String routeId, RouteStatus status, Instant at, String reason) {
        jdbc.update("update approval_route set status = ?, closed_at = ?, closed_reason = ? where route_id = ?",
                status.name(), utc(at), reason, routeId);
        jdbc.update("update approval_step set state = ? where route_id = ? and state in (?, ?)",
                StepState.CANCELLED.name(), routeId, StepState.WAITING.name(), StepState.DUE.name());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
