package nl.hamerslag.approval.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.platform.identity.Caller;
import nl.hamerslag.platform.visibility.Audience;
import nl.hamerslag.platform.visibility.Audience.Seat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audience of every proposal this service has a route of (docs/decisions/0017), from the read
 * model: the latest submission (approval_proposal) and the seats and named people of all its routes
 * (approval_step). Whoever it does not admit gets 404 on everything about the proposal.
 */
@Component
public class ProposalAudiences {

    private static final String PROPOSALS = """
            select r.proposal_id, p.confidentiality, p.author, p.department, p.deciding_body
              from (select distinct proposal_id from approval_route) r
              left join approval_proposal p on p.proposal_id = r.proposal_id""";
    private static final String STEPS = """
            select r.proposal_id, s.role, s.department, s.signer_subject, s.delegate_subject
              from approval_step s join approval_route r on r.route_id = s.route_id""";

    private final JdbcTemplate jdbc;

    ProposalAudiences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link RouteNotFound}, as if there were no route, unless the caller may see the proposal. */
    public void requireVisible(ProposalId proposalId, Caller caller) {
        Audience audience = audiences(" where r.proposal_id = ?", proposalId.value()).get(proposalId.value());
        if (audience == null || !audience.admits(caller)) {
            throw new RouteNotFound(proposalId);
        }
    }

    /** The proposals whose routes the caller may see, for the lists and the statistics. */
    public Set<UUID> visibleTo(Caller caller) {
        return audiences("").entrySet().stream().filter(e -> e.getValue().admits(caller))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private Map<UUID, Audience> audiences(String where, Object... arguments) {
        Map<UUID, List<Seat>> seats = new HashMap<>();
        Map<UUID, Set<String>> named = new HashMap<>();
        jdbc.query(STEPS + where, rs -> {
            UUID id = rs.getObject("proposal_id", UUID.class);
            seats.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Seat(Role.valueOf(rs.getString("role")), rs.getString("department")));
            for (String column : List.of("signer_subject", "delegate_subject")) {
                String subject = rs.getString(column);
                if (subject != null) {
                    named.computeIfAbsent(id, k -> new HashSet<>()).add(subject);
                }
            }
        }, arguments);
        Map<UUID, Audience> audiences = new HashMap<>();
        jdbc.query(PROPOSALS + where, rs -> {
            UUID id = rs.getObject("proposal_id", UUID.class);
            String confidentiality = rs.getString("confidentiality");
            String body = rs.getString("deciding_body");
            // a route opened before its submission's audience was kept: only its circle sees it (fails closed)
            audiences.put(id, new Audience(
                    confidentiality == null ? Confidentiality.ZEER_GEHEIM : Confidentiality.valueOf(confidentiality),
                    confidentiality == null ? "" : rs.getString("author"), rs.getString("department"),
                    body == null ? null : DecidingBody.valueOf(body),
                    seats.getOrDefault(id, List.of()), named.getOrDefault(id, Set.of())));
        }, arguments);
        return audiences;
    }
}
