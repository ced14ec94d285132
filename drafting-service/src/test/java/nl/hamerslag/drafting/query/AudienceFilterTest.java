package nl.hamerslag.drafting.query;

import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.DecidingBody;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.platform.identity.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search pages in SQL (AudienceFilter) and a single proposal is checked with Audience.admits:
 * both must say the same for every caller, or a list would show what a GET hides (or the reverse).
 * The matrix is written straight into the view, with no event behind it, so it is rolled back after
 * the test: left behind, it would be rows a rebuild from the events rightly does not make again.
 */
@DraftingIntegrationTest
@Transactional
class AudienceFilterTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProposalQueries queries;

    private final String marker = "Wethouder " + UUID.randomUUID();

    @Test
    void theSearchAdmitsExactlyWhomAudienceAdmitsOnAMatrixOfProposalsAndCallers() {
        List<UUID> proposals = new ArrayList<>();
        int n = 0;
        for (Confidentiality level : List.of(Confidentiality.OPENBAAR, Confidentiality.INTERN,
                Confidentiality.VERTROUWELIJK, Confidentiality.ZEER_GEHEIM)) {
            for (DecidingBody body : List.of(DecidingBody.COLLEGE, DecidingBody.COUNCIL)) {
                for (String department : List.of("Ruimte", "Sociaal Domein")) {
                    for (int route = 0; route < 3; route++) {
                        proposals.add(proposal(level, body, department, n++ % 2 == 0 ? "anna.steller" : "sofie.sociaal",
                                route, route == 2 ? "dirk.delegate" : null));
                    }
                }
            }
        }
        List<Caller> callers = new ArrayList<>();
        for (Role role : Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).toList()) {
            callers.add(Caller.of("someone." + role, "Someone", Set.of(role), "Ruimte"));
            callers.add(Caller.of("nobody." + role, "Nobody", Set.of(role), null));
        }
        callers.add(Caller.of("anna.steller", "Anna", Set.of(Role.AUTHOR), "Ruimte"));
        callers.add(Caller.of("dirk.delegate", "Dirk", Set.of(Role.AUTHOR), "Financiën"));
        callers.add(Caller.of("mehmet.manager", "Mehmet", Set.of(Role.MANAGER), "Sociaal Domein"));
        callers.add(Caller.of("mehmet.manager", "Mehmet", Set.of(Role.MANAGER), "ruimte"));
        callers.add(Caller.of("tom.teamleider", "Tom", Set.of(Role.AUTHOR, Role.MANAGER), "Sociaal Domein"));
        callers.add(Caller.of("frank.financien", "Frank", Set.of(Role.FINANCIAL_CONTROLLER, Role.LEGAL_CONTROLLER), null));
        callers.add(Caller.of("no.roles", "No Roles", Set.of(), "Ruimte"));

        for (Caller caller : callers) {
            Set<UUID> expected = proposals.stream()
                    .filter(id -> queries.audience(queries.byId(id).orElseThrow()).admits(caller))
                    .collect(Collectors.toSet());
            ProposalPage page = queries.search(new ProposalSearch(false, null, null, null, marker, null, null, 0, 100,
                    "updatedAt", false), caller);

            assertThat(page.items().stream().map(ProposalView::id).collect(Collectors.toSet()))
                    .as("%s", caller).isEqualTo(expected);
            assertThat(page.totalItems()).as("%s", caller).isEqualTo(expected.size());
        }
    }

    /** Route 0: none yet; 1: manager of Ruimte and a financial controller; 2: a legal controller and a named delegate. */
    private UUID proposal(Confidentiality level, DecidingBody body, String department, String author, int route,
                          String named) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into proposal_view (proposal_id, type, title, portfolio_holder, department, confidentiality,
                    financial_consequences, legal_consequences, deciding_body, author_subject, author_name, status,
                    version, created_at, updated_at)
                values (?, 'MEMO', ?, ?, ?, ?, false, false, ?, ?, ?, 'SUBMITTED', ?, ?, ?)""",
                id, "Matrix " + level, marker, department, level.zgwName(), body.name(), author, author,
                "0".repeat(64), now, now);
        if (route == 1) {
            seat(id, Role.MANAGER, "Ruimte");
            seat(id, Role.FINANCIAL_CONTROLLER, null);
        } else if (route == 2) {
            seat(id, Role.LEGAL_CONTROLLER, null);
            jdbc.update("insert into proposal_named (proposal_id, subject) values (?, ?)", id, named);
        }
        return id;
    }

    private void seat(UUID id, Role role, String department) {
        jdbc.update("insert into proposal_seat (proposal_id, route_id, role, department) values (?, 'route', ?, ?)",
                id, role.name(), department);
    }
}
