package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.ContentHash;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.Topics;
import nl.hamerslag.contracts.approval.RouteOpened;
import nl.hamerslag.contracts.approval.StepDelegated;
import nl.hamerslag.drafting.support.DraftingApi;
import nl.hamerslag.drafting.support.DraftingIntegrationTest;
import nl.hamerslag.drafting.support.Files;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.RelayedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.hamerslag.drafting.support.DraftingApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0017 in drafting: a geheim proposal is for its circle only (the author, the managers of its
 * department, the route's seats and the people it names, the secretary, the deciding body,
 * auditors), on every endpoint; whoever is outside gets 404, whoever is inside but may not act 403.
 */
@DraftingIntegrationTest
class VisibilityIntegrationTest {

    private static final String GEHEIM = DraftingApi.VALID.replace("openbaar", "geheim");

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    DraftingApi api;
    String title;

    @BeforeEach
    void setUp() {
        api = new DraftingApi(port);
        title = "Geheim " + UUID.randomUUID();
    }

    private record Submitted(String id, String mainId, ContentHash version) {
    }

    /** A geheim proposal of Ruimte by Anna, for the college, with financial consequences, submitted. */
    private Submitted submitted() {
        String id = api.drafted(GEHEIM.replace("Herinrichting Marktplein", title));
        ApiResponse main = api.upload(id, "MAIN", "voorstel.pdf", "application/pdf", Files.PDF, as(Role.AUTHOR));
        ApiResponse submitted = api.submit(id, as(Role.AUTHOR));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return new Submitted(id, main.json().get("id").asString(),
                ContentHash.of(submitted.json().get("submittedVersion").asString()));
    }

    private boolean found(String token) {
        ApiResponse found = api.get("/api/proposals?q=" + title.replace(" ", "%20"), token);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("totalItems").asLong() == 1;
    }

    private int status(String id, String token) {
        return api.get("/api/proposals/" + id, token).status();
    }

    private void awaitVisibleTo(String id, String token) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status(id, token) == 200);
    }

    @Test
    void aSecondAuthorOfTheSameDepartmentGets404OnEveryEndpointAndDoesNotFindIt() {
        Submitted s = submitted();
        String piet = DraftingApi.OTHER_AUTHOR;
        String proposal = "/api/proposals/" + s.id();
        String attachment = proposal + "/attachments/" + s.mainId();

        for (String path : List.of(proposal, proposal + "/attachments", attachment, proposal + "/versions",
                proposal + "/versions/1", proposal + "/versions/1/attachments/" + s.mainId())) {
            assertThat(api.get(path, piet).status()).as(path).isEqualTo(404);
        }
        assertThat(api.submit(s.id(), piet).status()).isEqualTo(404);
        assertThat(api.withdraw(s.id(), "Weg", piet).status()).isEqualTo(404);
        assertThat(api.patch(s.id(), "{\"title\":\"Van mij\"}", "application/merge-patch+json", null, piet).status())
                .isEqualTo(404);
        assertThat(api.upload(s.id(), "ANNEX", "kaart.png", "image/png", Files.PNG, piet).status()).isEqualTo(404);
        assertThat(api.replace(s.id(), s.mainId(), "voorstel.pdf", Files.PDF_V2, piet).status()).isEqualTo(404);
        assertThat(api.client().send(api.client().request(attachment, "Authorization", piet)
                .method("DELETE", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(404);
        assertThat(found(piet)).isFalse();
        assertThat(found(as(Role.AUTHOR))).isTrue();
    }

    @Test
    void theManagerOfItsDepartmentSeesItTheManagerOfAnotherDepartmentDoesNot() {
        Submitted s = submitted();

        assertThat(status(s.id(), as(Role.MANAGER))).isEqualTo(200);
        assertThat(found(as(Role.MANAGER))).isTrue();
        assertThat(status(s.id(), DraftingApi.MANAGER_OF_SOCIAAL_DOMEIN)).isEqualTo(404);
        assertThat(found(DraftingApi.MANAGER_OF_SOCIAAL_DOMEIN)).isFalse();
        assertThat(api.withdraw(s.id(), "Weg", DraftingApi.MANAGER_OF_SOCIAAL_DOMEIN).status()).isEqualTo(404);
    }

    @Test
    void aFinancialControllerSeesItOnlyOnceARouteWithAFinancialStepIsOpened() {
        Submitted s = submitted();
        assertThat(status(s.id(), as(Role.FINANCIAL_CONTROLLER))).isEqualTo(404);
        assertThat(found(as(Role.FINANCIAL_CONTROLLER))).isFalse();

        kafka.send(RelayedRecord.of(Topics.APPROVAL, new RouteOpened(ProposalId.of(s.id()), "route-" + s.id(), s.version(),
                List.of(new RouteOpened.Stage(1, List.of(new RouteOpened.Step("manager", Role.MANAGER, "Ruimte"))),
                        new RouteOpened.Stage(2, List.of(new RouteOpened.Step("financial", Role.FINANCIAL_CONTROLLER)))))));

        awaitVisibleTo(s.id(), as(Role.FINANCIAL_CONTROLLER));
        assertThat(found(as(Role.FINANCIAL_CONTROLLER))).isTrue();
        assertThat(status(s.id(), as(Role.LEGAL_CONTROLLER))).as("no legal step in this route").isEqualTo(404);
        assertThat(api.get("/api/proposals/" + s.id() + "/attachments/" + s.mainId(), as(Role.FINANCIAL_CONTROLLER))
                .status()).isEqualTo(200);
    }

    @Test
    void aDelegateNamedInStepDelegatedSeesIt() {
        Submitted s = submitted();
        String delegate = "dirk." + UUID.randomUUID();
        String delegateToken = DraftingApi.token(delegate, "Sociaal Domein", Role.AUTHOR);
        assertThat(status(s.id(), delegateToken)).isEqualTo(404);

        kafka.send(RelayedRecord.of(Topics.APPROVAL, new StepDelegated(ProposalId.of(s.id()), "route-" + s.id(), "manager",
                Role.MANAGER, new Actor("mark.leidinggevende", "Mark Leidinggevende", Role.MANAGER), delegate, "Dirk",
                "Vakantie", "mandaat-2026-01")));

        awaitVisibleTo(s.id(), delegateToken);
        assertThat(found(delegateToken)).isTrue();
    }

    @Test
    void whoeverSeesItButMayNotActGets403() {
        Submitted s = submitted();
        String manager = as(Role.MANAGER);

        assertThat(api.patch(s.id(), "{\"title\":\"Anders\"}", "application/merge-patch+json", null, manager).status())
                .isEqualTo(403);
        assertThat(api.upload(s.id(), "ANNEX", "kaart.png", "image/png", Files.PNG, manager).status()).isEqualTo(403);
        assertThat(api.submit(s.id(), as(Role.AUDITOR)).status()).isEqualTo(403);
        assertThat(api.withdraw(s.id(), "Weg", as(Role.AUDITOR)).status()).isEqualTo(403);
    }
}
