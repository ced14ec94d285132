package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.TokenMinter;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.stepFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees what and who may sign what, through the gateway with the demo users of two departments:
 * a geheim proposal is 404 for everyone outside its circle, in drafting and approval alike (also
 * for an action on its route); a manager of another department may not sign; nobody signs their
 * own proposal, and the attempt stays in the audit trail.
 */
@ExtendWith(SystemUnderTest.class)
class WhoSeesWhatSystemTest {

    private static final String GEHEIM = Dossier.PROPOSAL.replace("\"openbaar\"", "\"geheim\"")
            .replace("\"legalConsequences\":true", "\"legalConsequences\":false");

    ApiClient gateway;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        dossier = new Dossier(gateway);
    }

    @Test
    void aGeheimProposalAndItsRouteAreHiddenFromEveryoneOutsideItsCircle() {
        String id = dossier.draft(GEHEIM);
        dossier.uploadMainDocument(id);
        String version = dossier.submit(id);
        JsonNode route = dossier.awaitRoute(id, version);
        String managerStep = stepFor(route, Role.MANAGER);

        for (String[] outsider : List.of(as(Role.COUNCIL_MEMBER), as(Role.FINAL_EDITOR), as(Role.LEGAL_CONTROLLER),
                user("sofie.sociaal"), user("mehmet.manager"))) {
            assertThat(gateway.get("/api/proposals/" + id, outsider).status()).isEqualTo(404);
            assertThat(gateway.get("/api/approvals/routes/" + id, outsider).status()).isEqualTo(404);
            assertThat(gateway.get("/api/approvals/routes/" + id + "?all=true", outsider).status()).isEqualTo(404);
            ApiResponse action = dossier.approve(id, managerStep, outsider);
            assertThat(action.status()).as(action.toString()).isEqualTo(404);
            assertThat(action.contentType()).startsWith("application/problem+json");
        }

        for (String[] insider : List.of(as(Role.AUTHOR), as(Role.MANAGER), as(Role.FINANCIAL_CONTROLLER),
                user("frank.financien"), as(Role.MUNICIPAL_SECRETARY), as(Role.AUDITOR), as(Role.COLLEGE_MEMBER))) {
            assertThat(gateway.get("/api/approvals/routes/" + id, insider).status()).isEqualTo(200);
            // drafting learns the route's seats from RouteOpened on Kafka, a moment after approval opened it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(gateway.get("/api/proposals/" + id, insider).status()).isEqualTo(200));
        }
    }

    @Test
    void aManagerOfAnotherDepartmentMayNotSignTheManagerStep() {
        String id = dossier.draft(Dossier.PROPOSAL);
        dossier.uploadMainDocument(id);
        JsonNode route = dossier.awaitRoute(id, dossier.submit(id));

        ApiResponse other = dossier.approve(id, stepFor(route, Role.MANAGER), user("mehmet.manager"));
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(Dossier.step(dossier.route(id), stepFor(route, Role.MANAGER)).get("state").asString()).isEqualTo("DUE");

        assertThat(dossier.approve(id, stepFor(route, Role.MANAGER), as(Role.MANAGER)).status()).isEqualTo(204);
    }

    @Test
    void nobodySignsTheirOwnProposalAndTheAttemptIsRecorded() throws SQLException {
        String id = dossier.draft(Dossier.PROPOSAL);
        dossier.uploadMainDocument(id);
        JsonNode route = dossier.awaitRoute(id, dossier.submit(id));
        DemoUser anna = DemoUsers.forRole(Role.AUTHOR);
        String[] annaAsManager = bearer(tokens().mint(anna.subject(), anna.name(), Set.of(Role.AUTHOR, Role.MANAGER),
                anna.department(), TokenMinter.DEFAULT_LIFETIME));

        ApiResponse own = dossier.approve(id, stepFor(route, Role.MANAGER), annaAsManager);

        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(Dossier.step(dossier.route(id), stepFor(route, Role.MANAGER)).get("state").asString()).isEqualTo("DUE");
        try (Connection approval = SystemUnderTest.system().database().connect("approval");
             Statement statement = approval.createStatement();
             ResultSet refused = statement.executeQuery("select count(*) from domain_event_entry "
                     + "where payload_type like '%SignOffRefused' and aggregate_identifier in "
                     + "(select route_id from approval_route where proposal_id = '" + id + "')")) {
            refused.next();
            assertThat(refused.getInt(1)).isEqualTo(1);
        }
    }

    private static String[] user(String subject) {
        return bearer(tokens().mint(DemoUsers.bySubject(subject).orElseThrow()));
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private static TokenMinter tokens() {
        return SystemUnderTest.system().tokenMinter();
    }
}
