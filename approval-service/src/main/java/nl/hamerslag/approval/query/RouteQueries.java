package nl.hamerslag.approval.query;

import nl.hamerslag.approval.query.RouteView.StageView;
import nl.hamerslag.approval.query.RouteView.StepView;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads routes from the read model. It trails the event store by a moment: a route appears shortly
 * after its proposal was submitted, an approval shortly after it was given.
 */
@Component
public class RouteQueries {

    private final JdbcTemplate jdbc;

    RouteQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The route of the proposal's most recently submitted version. */
    public Optional<RouteView> currentRoute(ProposalId proposalId) {
        return latestRoute(proposalId).map(route -> withStages(route, steps(route.routeId())));
    }

    /** The id of the proposal's current route, the one a signature goes to. */
    public Optional<String> currentRouteId(ProposalId proposalId) {
        return latestRoute(proposalId).map(RouteView::routeId);
    }

    private Optional<RouteView> latestRoute(ProposalId proposalId) {
        return jdbc.query("""
                select route_id, proposal_id, version, status, opened_at, completed_at from approval_route
                 where proposal_id = ? order by opened_order desc limit 1""",
                (rs, row) -> new RouteView(rs.getString("route_id"), new ProposalId(rs.getObject("proposal_id", UUID.class)),
                        ContentHash.of(rs.getString("version")), RouteStatus.valueOf(rs.getString("status")),
                        instant(rs, "opened_at"), instant(rs, "completed_at"), List.of()),
                proposalId.value()).stream().findFirst();
    }

    private Map<Integer, List<StepView>> steps(String routeId) {
        Map<Integer, List<StepView>> stages = new LinkedHashMap<>();
        jdbc.query("""
                select stage_number, step_id, role, state, signer_subject, signer_name, signer_role, signed_at, remarks
                  from approval_step where route_id = ? order by stage_number, position""",
                rs -> {
                    stages.computeIfAbsent(rs.getInt("stage_number"), n -> new ArrayList<>()).add(new StepView(
                            rs.getString("step_id"), Role.valueOf(rs.getString("role")),
                            StepState.valueOf(rs.getString("state")), signer(rs), instant(rs, "signed_at"),
                            rs.getString("remarks")));
                },
                routeId);
        return stages;
    }

    private static RouteView withStages(RouteView route, Map<Integer, List<StepView>> steps) {
        List<StageView> stages = steps.entrySet().stream().map(e -> new StageView(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new RouteView(route.routeId(), route.proposalId(), route.version(), route.status(), route.openedAt(),
                route.completedAt(), stages);
    }

    private static Actor signer(ResultSet rs) throws SQLException {
        String subject = rs.getString("signer_subject");
        return subject == null ? null
                : new Actor(subject, rs.getString("signer_name"), Role.valueOf(rs.getString("signer_role")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
