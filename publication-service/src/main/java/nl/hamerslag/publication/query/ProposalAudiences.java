package nl.hamerslag.publication.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
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
 * The audience of every proposal publication knows (docs/decisions/0017): the facts of its latest
 * submission, the seats of its routes and the people named in them. Whoever it does not admit gets
 * 404 on the publications about the proposal, and does not find them in any list. A proposal known
 * only from a meeting's event (its submission never arrived here) is seen by nobody but the
 * always-admitted circle (fails closed). A copy of follow-up's class with the same public API, until
 * the platform offers one.
 */
@Component
public class ProposalAudiences {

    private final JdbcTemplate jdbc;

    ProposalAudiences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void submitted(ProposalSubmitted event) {
        jdbc.update("""
                insert into proposal_audience (proposal_id, confidentiality, author, department, deciding_body)
                values (?, ?, ?, ?, ?)
                on conflict (proposal_id) do update set confidentiality = excluded.confidentiality,
                    author = excluded.author, department = excluded.department, deciding_body = excluded.deciding_body""",
                event.proposalId().value(), event.confidentiality().name(), event.author(), event.department(),
                event.decidingBody() == null ? null : event.decidingBody().name());
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

    /**
     * Whether the caller may see something about {@code proposalId}; something about no proposal (an
     * agenda, a council question's answer) is for the internal roles and the council members.
     */
    public boolean admits(UUID proposalId, Caller caller) {
        if (proposalId == null) {
            return mayFollowUp(caller);
        }
        return !admitted(List.of(proposalId), caller).isEmpty();
    }

    /** Whoever sees what is about no proposal: every internal role and the council members. */
    public static boolean mayFollowUp(Caller caller) {
        return Audience.isInternal(caller) || caller.holds(Role.COUNCIL_MEMBER);
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
        Map<UUID, Audience> audiences = new HashMap<>();
        jdbc.query("select proposal_id, confidentiality, author, department, deciding_body from proposal_audience "
                + "where proposal_id = any (?)", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String body = rs.getString(5);
            audiences.put(id, new Audience(Confidentiality.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    body == null ? null : DecidingBody.valueOf(body), seats.getOrDefault(id, List.of()),
                    named.getOrDefault(id, Set.of())));
        }, (Object) ids);
        Set<UUID> admitted = new HashSet<>();
        for (UUID id : ids) {
            Audience audience = audiences.getOrDefault(id, new Audience(Confidentiality.ZEER_GEHEIM, "", null, null,
                    seats.getOrDefault(id, List.of()), named.getOrDefault(id, Set.of())));
            if (audience.admits(caller)) {
                admitted.add(id);
            }
        }
        return admitted;
    }

    /** The publications the caller may see, in their order: about a proposal by its audience, else by their own confidentiality. */
    public List<PublicationView> visible(List<PublicationView> publications, Caller caller) {
        Set<UUID> admitted = admitted(publications.stream().map(PublicationView::proposalId)
                .filter(java.util.Objects::nonNull).toList(), caller);
        return publications.stream().filter(publication -> publication.proposalId() == null
                ? PublicationView.admitsWithoutProposal(publication, caller) : admitted.contains(publication.proposalId()))
                .toList();
    }
}
