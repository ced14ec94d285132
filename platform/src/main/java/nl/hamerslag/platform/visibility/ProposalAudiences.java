package nl.hamerslag.platform.visibility;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience.Seat;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link Audience} of every proposal a service learns of from drafting's and approval's events
 * (docs/decisions/0017): the facts of its latest submission, the seats of its routes and the people
 * named in them. A service feeds it from its translators ({@link #submitted}, {@link #routeOpened},
 * {@link #named}) in the same transaction as the inbox entry, and asks it who may see what; whoever it
 * does not admit gets 404 on everything about the proposal. A proposal whose submission has not
 * arrived (known only from a later event) is seen by nobody but the always-admitted circle: the rule
 * fails closed.
 */
public class ProposalAudiences {

    private final JdbcTemplate jdbc;

    public ProposalAudiences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest submission's facts replace the earlier ones (a resubmission may change them). */
    public void submitted(ProposalSubmitted event) {
        jdbc.update("""
                insert into audience_proposal (proposal_id, confidentiality, author, department, deciding_body)
                values (?, ?, ?, ?, ?)
                on conflict (proposal_id) do update set confidentiality = excluded.confidentiality,
                    author = excluded.author, department = excluded.department, deciding_body = excluded.deciding_body""",
                event.proposalId().value(), event.confidentiality().name(), event.author(), event.department(),
                event.decidingBody() == null ? null : event.decidingBody().name());
    }

    /** Every seat of every route the proposal had stays in its circle. */
    public void routeOpened(RouteOpened route) {
        route.stages().forEach(stage -> stage.steps().forEach(step -> jdbc.update(
                "insert into audience_seat (proposal_id, role, department) values (?, ?, ?)",
                route.proposalId().value(), step.role().name(), step.department())));
    }

    /** A delegate or a signer joins the circle; {@code subject} null is nobody. */
    public void named(ProposalId proposalId, String subject) {
        if (subject != null) {
            jdbc.update("insert into audience_named (proposal_id, subject) values (?, ?) on conflict do nothing",
                    proposalId.value(), subject);
        }
    }

    /** The proposal's confidentiality as its latest submission gave it; empty when no submission arrived. */
    public Optional<Confidentiality> confidentiality(UUID proposalId) {
        return jdbc.queryForList("select confidentiality from audience_proposal where proposal_id = ?", String.class,
                proposalId).stream().map(Confidentiality::valueOf).findFirst();
    }

    /** Whether the caller may see {@code proposalId}; an unknown proposal admits only the always-admitted circle. */
    public boolean admits(UUID proposalId, Caller caller) {
        return !admitted(List.of(proposalId), caller).isEmpty();
    }

    /** Those of {@code proposalIds} the caller may see. */
    public Set<UUID> admitted(Collection<UUID> proposalIds, Caller caller) {
        if (proposalIds.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = proposalIds.stream().distinct().toArray(UUID[]::new);
        Map<UUID, List<Seat>> seats = new HashMap<>();
        jdbc.query("select proposal_id, role, department from audience_seat where proposal_id = any (?)", rs -> {
            seats.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Seat(Role.valueOf(rs.getString(2)), rs.getString(3)));
        }, (Object) ids);
        Map<UUID, Set<String>> named = new HashMap<>();
        jdbc.query("select proposal_id, subject from audience_named where proposal_id = any (?)", rs -> {
            named.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
        }, (Object) ids);
        Map<UUID, Audience> audiences = new HashMap<>();
        jdbc.query("select proposal_id, confidentiality, author, department, deciding_body from audience_proposal "
                + "where proposal_id = any (?)", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String body = rs.getString(5);
            audiences.put(id, new Audience(Confidentiality.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    body == null ? null : DecidingBody.valueOf(body), seats.getOrDefault(id, List.of()),
                    named.getOrDefault(id, Set.of())));
        }, (Object) ids);
        Set<UUID> admitted = new HashSet<>();
        for (UUID id : ids) {
            Audience audience = audiences.getOrDefault(id, unsubmitted(seats.getOrDefault(id, List.of()),
                    named.getOrDefault(id, Set.of())));
            if (audience.admits(caller)) {
                admitted.add(id);
            }
        }
        return admitted;
    }

    private static Audience unsubmitted(List<Seat> seats, Set<String> named) {
        return new Audience(Confidentiality.ZEER_GEHEIM, "", null, null, seats, named);
    }
}
