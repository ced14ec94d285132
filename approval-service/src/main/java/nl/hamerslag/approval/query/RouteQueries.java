package nl.hamerslag.approval.query;

import nl.hamerslag.approval.command.RouteStatus;
import nl.hamerslag.approval.command.StepState;
import nl.hamerslag.approval.query.RouteView.DelegationView;
import nl.hamerslag.approval.query.RouteView.StageView;
import nl.hamerslag.approval.query.RouteView.StepView;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads routes from the read model, which changes in the same transaction as the route's events
 * (docs/decisions/0003): a route is readable as soon as it opened, an outcome as soon as it was given.
 */
@Component
public class RouteQueries {

    private static final String ROUTE_COLUMNS = """
            route_id, proposal_id, version, status, rule_name, opened_at, completed_at, closed_at, closed_reason""";
    private static final String INBOX_SELECT = """
            select r.proposal_id, r.route_id, r.version, s.step_id, s.role, s.department, s.due_since, s.due_at,
                   s.delegate_name, s.delegated_by_name, s.mandate, s.reminded_at, s.escalated_at
              from approval_step s join approval_route r on r.route_id = s.route_id
             where r.status = 'OPEN' and s.state = 'DUE' and r.proposal_id = any(cast(? as uuid[]))""";

    private final JdbcTemplate jdbc;

    RouteQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The route of the proposal's most recent submission. */
    public Optional<RouteView> currentRoute(ProposalId proposalId) {
        return latestRoute(proposalId).map(route -> route.withStages(stages(route.routeId())));
    }

    /** Every route of the proposal, newest first: the current one and those it superseded. */
    public List<RouteView> allRoutes(ProposalId proposalId) {
        return jdbc.query("select " + ROUTE_COLUMNS + " from approval_route where proposal_id = ? order by opened_order desc",
                        ROUTE, proposalId.value()).stream()
                .map(route -> route.withStages(stages(route.routeId())))
                .toList();
    }

    /** The proposal's current route without its steps: the one a signature goes to. */
    public Optional<RouteView> latestRoute(ProposalId proposalId) {
        return jdbc.query("select " + ROUTE_COLUMNS + " from approval_route where proposal_id = ? "
                + "order by opened_order desc limit 1", ROUTE, proposalId.value()).stream().findFirst();
    }

    /**
     * Inbox: due steps of open routes that wait for this person: by one of their roles (of their
     * department, when the step names one; a person of no known department has none) or delegated to
     * them; oldest first. Only steps of the {@code visible} proposals.
     */
    public List<InboxItem> inbox(String subject, Collection<Role> roles, String department, Instant now,
                                 Set<UUID> visible) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder(INBOX_SELECT).append(" and (s.delegate_subject = ?");
        arguments.add(uuids(visible));
        arguments.add(subject);
        if (!roles.isEmpty()) {
            sql.append(" or (s.role in (").append(roles.stream().map(r -> "?").collect(Collectors.joining(", ")))
                    .append(") and (s.department is null or lower(s.department) = lower(?)))");
            roles.forEach(role -> arguments.add(role.name()));
            arguments.add(department);
        }
        sql.append(") order by s.due_since, r.route_id, s.stage_number, s.position");
        return jdbc.query(sql.toString(), inboxItem(now), arguments.toArray());
    }

    /** Due steps of open routes of the {@code visible} proposals whose term has passed, the longest overdue first. */
    public List<InboxItem> overdue(Instant now, Set<UUID> visible) {
        return jdbc.query(INBOX_SELECT + " and s.due_at < ? order by s.due_at, r.route_id, s.stage_number, s.position",
                inboxItem(now), uuids(visible), utc(now));
    }

    /** Who acts on a step: its role, and the person it was delegated to, if any. */
    public Optional<StepAssignment> assignment(String routeId, String stepId) {
        return jdbc.query("select role, delegate_subject from approval_step where route_id = ? and step_id = ?",
                (rs, row) -> new StepAssignment(Role.valueOf(rs.getString("role")), rs.getString("delegate_subject")),
                routeId, stepId).stream().findFirst();
    }

    /**
     * Lead time per step role (from due to approved or refused) for steps decided between {@code from}
     * and {@code to} (inclusive, in {@code zone}), and the open routes waiting per role now; only routes
     * of the {@code visible} proposals count.
     */
    public ApprovalStats stats(LocalDate from, LocalDate to, ZoneId zone, Instant now, Set<UUID> visible) {
        OffsetDateTime start = utc(from.atStartOfDay(zone).toInstant());
        OffsetDateTime end = utc(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<ApprovalStats.LeadTime> leadTimes = jdbc.query("""
                select s.role, count(*) as steps,
                       percentile_cont(0.5) within group (order by extract(epoch from s.signed_at - s.due_since)) as median,
                       percentile_cont(0.9) within group (order by extract(epoch from s.signed_at - s.due_since)) as p90
                  from approval_step s join approval_route r on r.route_id = s.route_id
                 where s.state in ('APPROVED', 'REFUSED') and s.due_since is not null
                   and s.signed_at >= ? and s.signed_at < ? and r.proposal_id = any(cast(? as uuid[]))
                 group by s.role order by s.role""",
                (rs, row) -> leadTime(Role.valueOf(rs.getString("role")), rs.getLong("steps"),
                        rs.getDouble("median"), rs.getDouble("p90")),
                start, end, uuids(visible));
        List<ApprovalStats.Waiting> waiting = jdbc.query("""
                select s.role, count(distinct s.route_id) as routes,
                       count(distinct s.route_id) filter (where s.due_at < ?) as overdue
                  from approval_step s join approval_route r on r.route_id = s.route_id
                 where r.status = 'OPEN' and s.state = 'DUE' and r.proposal_id = any(cast(? as uuid[]))
                 group by s.role order by s.role""",
                (rs, row) -> new ApprovalStats.Waiting(Role.valueOf(rs.getString("role")), rs.getLong("routes"),
                        rs.getLong("overdue")),
                utc(now), uuids(visible));
        return new ApprovalStats(from, to, leadTimes, waiting);
    }

    private static ApprovalStats.LeadTime leadTime(Role role, long steps, double medianSeconds, double p90Seconds) {
        Duration median = Duration.ofSeconds(Math.round(medianSeconds));
        Duration p90 = Duration.ofSeconds(Math.round(p90Seconds));
        return new ApprovalStats.LeadTime(role, steps, median.toString(), p90.toString(),
                hours(medianSeconds), hours(p90Seconds));
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    private List<StageView> stages(String routeId) {
        Map<Integer, List<StepView>> stages = new LinkedHashMap<>();
        jdbc.query("""
                select * from approval_step where route_id = ? order by stage_number, position""",
                rs -> {
                    stages.computeIfAbsent(rs.getInt("stage_number"), n -> new ArrayList<>()).add(step(rs));
                },
                routeId);
        return stages.entrySet().stream().map(e -> new StageView(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static final RowMapper<RouteView> ROUTE = (rs, row) -> new RouteView(rs.getString("route_id"),
            new ProposalId(rs.getObject("proposal_id", UUID.class)), ContentHash.of(rs.getString("version")),
            RouteStatus.valueOf(rs.getString("status")), rs.getString("rule_name"), instant(rs, "opened_at"),
            instant(rs, "completed_at"), instant(rs, "closed_at"), rs.getString("closed_reason"), List.of());

    private static StepView step(ResultSet rs) throws SQLException {
        String escalatedTo = rs.getString("escalated_to");
        return new StepView(rs.getString("step_id"), Role.valueOf(rs.getString("role")), rs.getString("department"),
                StepState.valueOf(rs.getString("state")), signer(rs), instant(rs, "signed_at"), rs.getString("remarks"),
                rs.getString("reason"), instant(rs, "due_since"), instant(rs, "due_at"), instant(rs, "reminded_at"),
                instant(rs, "escalated_at"), escalatedTo == null ? null : Role.valueOf(escalatedTo), delegation(rs));
    }

    private static RowMapper<InboxItem> inboxItem(Instant now) {
        return (rs, row) -> {
            Instant dueAt = instant(rs, "due_at");
            return new InboxItem(new ProposalId(rs.getObject("proposal_id", UUID.class)), rs.getString("route_id"),
                    ContentHash.of(rs.getString("version")), rs.getString("step_id"), Role.valueOf(rs.getString("role")),
                    rs.getString("department"), instant(rs, "due_since"), dueAt, dueAt != null && dueAt.isBefore(now),
                    rs.getString("delegate_name"), rs.getString("delegated_by_name"), rs.getString("mandate"),
                    instant(rs, "reminded_at"), instant(rs, "escalated_at"));
        };
    }

    private static DelegationView delegation(ResultSet rs) throws SQLException {
        String to = rs.getString("delegate_subject");
        return to == null ? null : new DelegationView(to, rs.getString("delegate_name"), rs.getString("delegated_by_subject"),
                rs.getString("delegated_by_name"), rs.getString("delegation_reason"), rs.getString("mandate"));
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

    /** A PostgreSQL array literal of the ids, for {@code = any(cast(? as uuid[]))}. */
    private static String uuids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
