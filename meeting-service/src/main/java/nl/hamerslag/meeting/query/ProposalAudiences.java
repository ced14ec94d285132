package nl.hamerslag.meeting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import nl.hamerslag.platform.visibility.Audience.Seat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audience of every proposal this service knows (docs/decisions/0017): the facts of its latest
 * submission (ready_proposal), the seats of its routes and the people named in them. Whoever it does
 * not admit gets 404 on everything about the proposal here: its place on the ready list, its agenda
 * items and its decisions. A proposal known only from approval's events (its submission not yet
 * arrived) is seen by nobody but the always-admitted circle (fails closed).
 */
@Component
public class ProposalAudiences {

    private final JdbcTemplate jdbc;

    ProposalAudiences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void routeOpened(RouteOpened route) {
        route.stages().forEach(stage -> stage.steps().forEach(step -> jdbc.update(
                "insert into proposal_seat (proposal_id, role, department) values (?, ?, ?)",
                route.proposalId().value(), step.role().name(), step.department())));
    }

    public void named(ProposalId proposalId, String subject) {
        if (subject != null) {
            jdbc.update("insert into proposal_named (proposal_id, subject) values (?, ?) on conflict do nothing",
                    proposalId.value(), subject);
        }
    }

    public boolean admits(UUID proposalId, Caller caller) {
        return !admitted(List.of(proposalId), caller).isEmpty();
    }

    /** Those of {@code proposalIds} the caller may see; an unknown proposal is not among them. */
    public Set<UUID> admitted(Collection<UUID> proposalIds, Caller caller) {
        if (proposalIds.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = proposalIds.stream().distinct().toArray(UUID[]::new);
        Map<UUID, List<Seat>> seats = new HashMap<>();
        jdbc.query("select proposal_id, role, department from proposal_seat where proposal_id = any (?)", rs -> {
            seats.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Seat(Role.valueOf(rs.getString(2)), rs.getString(3)));
        }, (Object) ids);
        Map<UUID, Set<String>> named = new HashMap<>();
        jdbc.query("select proposal_id, subject from proposal_named where proposal_id = any (?)", rs -> {
            named.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
        }, (Object) ids);
        Set<UUID> admitted = new HashSet<>();
        jdbc.query("""
                select proposal_id, confidentiality, author, department, deciding_body from ready_proposal
                where proposal_id = any (?)""", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String confidentiality = rs.getString(2);
            String body = rs.getString(5);
            Audience audience = new Audience(
                    confidentiality == null ? Confidentiality.ZEER_GEHEIM : Confidentiality.valueOf(confidentiality),
                    confidentiality == null || rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4),
                    body == null ? null : DecidingBody.valueOf(body), seats.getOrDefault(id, List.of()),
                    named.getOrDefault(id, Set.of()));
            if (audience.admits(caller)) {
                admitted.add(id);
            }
        }, (Object) ids);
        return admitted;
    }
}
