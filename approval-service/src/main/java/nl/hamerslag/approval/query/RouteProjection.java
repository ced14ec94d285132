package nl.hamerslag.approval.query;

import nl.hamerslag.approval.command.StageOpened;
import nl.hamerslag.contracts.approval.RouteCompleted;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepApproved;
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
class RouteProjection {

    static final String PROCESSING_GROUP = "approval-routes";

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
                        insert into approval_step (route_id, step_id, stage_number, position, role, state)
                        values (?, ?, ?, ?, ?, ?)""",
                        event.routeId(), step.stepId(), stage.number(), position, step.role().name(), StepState.WAITING.name());
            }
        }
    }

    @EventHandler
    void on(StageOpened event) {
        for (String stepId : event.stepIds()) {
            jdbc.update("update approval_step set state = ? where route_id = ? and step_id = ? and state = ?",
                    StepState.DUE.name(), event.routeId(), stepId, StepState.WAITING.name());
        }
    }

    @EventHandler
    void on(StepApproved event, @Timestamp Instant at) {
        jdbc.update("""
                update approval_step
                   set state = ?, signer_subject = ?, signer_name = ?, signer_role = ?, signed_at = ?, remarks = ?
                 where route_id = ? and step_id = ?""",
                StepState.APPROVED.name(), event.signer().subject(), event.signer().name(), event.signer().role().name(),
                utc(at), event.remarks(), event.routeId(), event.stepId());
    }

    @EventHandler
    void on(RouteCompleted event, @Timestamp Instant at) {
        jdbc.update("update approval_route set status = ?, completed_at = ? where route_id = ?",
                RouteStatus.COMPLETED.name(), utc(at), event.routeId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from approval_step");
        jdbc.update("delete from approval_route");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
