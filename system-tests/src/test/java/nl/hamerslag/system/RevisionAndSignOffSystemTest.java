package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.stepFor;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal's harder road, through the gateway only: drafted with a main document and an annex,
 * refused during the parallel stage, returned, revised and resubmitted; on the new route the manager
 * delegates, the controllers sign in parallel, and the proposal is approved. Both routes stay in
 * the history, and both submitted versions with their attachments.
 */
@ExtendWith(SystemUnderTest.class)
class RevisionAndSignOffSystemTest {

    ApiClient gateway;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        dossier = new Dossier(gateway);
    }

    @Test
    void aRefusedProposalIsRevisedResubmittedAndApprovedOnANewRoute() {
        String id = dossier.draft();
        dossier.uploadMainDocument(id);
        ApiResponse annex = dossier.upload(id, "ANNEX", "toelichting.txt", "text/plain",
                "Toelichting bij de herinrichting.".getBytes(StandardCharsets.UTF_8));
        assertThat(annex.status()).as(annex.toString()).isEqualTo(201);
        assertThat(annex.json().get("sha256").asString()).hasSize(64);

        String firstVersion = dossier.submit(id);
        JsonNode first = dossier.awaitRoute(id, firstVersion);
        assertThat(dossier.approve(id, stepFor(first, Role.MANAGER), as(Role.MANAGER)).status()).isEqualTo(204);
        dossier.awaitStepDue(id, stepFor(first, Role.FINANCIAL_CONTROLLER));
        assertThat(dossier.approve(id, stepFor(first, Role.LEGAL_CONTROLLER), as(Role.LEGAL_CONTROLLER)).status())
                .isEqualTo(204);

        ApiResponse refused = gateway.post("/api/approvals/routes/" + id + "/steps/"
                + stepFor(first, Role.FINANCIAL_CONTROLLER) + "/refuse", "{\"reason\":\"De dekking ontbreekt.\"}",
                as(Role.FINANCIAL_CONTROLLER));
        assertThat(refused.status()).as(refused.toString()).isBetween(200, 204);
        dossier.awaitStatus(id, "RETURNED");

        ApiResponse current = gateway.get("/api/proposals/" + id, as(Role.AUTHOR));
        String etag = current.header("ETag");
        assertThat(etag).isNotBlank();
        ApiResponse revised = gateway.send(gateway.request("/api/proposals/" + id,
                        with(as(Role.AUTHOR), "Content-Type", "application/merge-patch+json", "If-Match", etag))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"summary\":\"Het plein wordt groener; dekking uit de reserve Centrum.\"}")));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        ApiResponse stale = gateway.send(gateway.request("/api/proposals/" + id,
                        with(as(Role.AUTHOR), "Content-Type", "application/merge-patch+json", "If-Match", etag))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Iets anders\"}")));
        assertThat(stale.status()).as("a stale If-Match").isEqualTo(412);

        String secondVersion = dossier.submit(id);
        assertThat(secondVersion).isNotEqualTo(firstVersion);
        JsonNode second = dossier.awaitRoute(id, secondVersion);

        String delegateToken = "Bearer " + SystemUnderTest.system().tokenMinter().mint("lotte.leidinggevende",
                "Lotte Leidinggevende", List.of(Role.MANAGER), "Ruimte", Duration.ofHours(1));
        ApiResponse delegated = gateway.post("/api/approvals/routes/" + id + "/steps/" + stepFor(second, Role.MANAGER)
                + "/delegate", "{\"delegateTo\":\"lotte.leidinggevende\",\"reason\":\"Met verlof.\"}", as(Role.MANAGER));
        assertThat(delegated.status()).as(delegated.toString()).isBetween(200, 204);
        assertThat(dossier.approve(id, stepFor(second, Role.MANAGER), new String[]{"Authorization", delegateToken}).status())
                .isEqualTo(204);

        // the parallel stage: both controllers are due at once and sign in either order
        dossier.awaitStepDue(id, stepFor(second, Role.FINANCIAL_CONTROLLER));
        assertThat(Dossier.step(dossier.route(id), stepFor(second, Role.LEGAL_CONTROLLER)).get("state").asString())
                .isEqualTo("DUE");
        assertThat(dossier.approve(id, stepFor(second, Role.FINANCIAL_CONTROLLER), as(Role.FINANCIAL_CONTROLLER)).status())
                .isEqualTo(204);
        assertThat(dossier.approve(id, stepFor(second, Role.LEGAL_CONTROLLER), as(Role.LEGAL_CONTROLLER)).status())
                .isEqualTo(204);
        dossier.awaitStepDue(id, stepFor(second, Role.MUNICIPAL_SECRETARY));
        assertThat(dossier.approve(id, stepFor(second, Role.MUNICIPAL_SECRETARY), as(Role.MUNICIPAL_SECRETARY)).status())
                .isEqualTo(204);

        dossier.awaitStatus(id, "APPROVED");

        JsonNode routes = gateway.get("/api/approvals/routes/" + id + "?all=true", as(Role.AUTHOR)).json();
        assertThat(routes.size()).isEqualTo(2);
        assertThat(routes.get(0).get("version").asString()).isEqualTo(secondVersion);
        assertThat(routes.get(1).get("status").asString()).isIn("SUPERSEDED", "RETURNED");
        JsonNode managerStep = Dossier.step(routes.get(0), stepFor(second, Role.MANAGER));
        assertThat(managerStep.toString()).contains("lotte.leidinggevende");

        ApiResponse versions = gateway.get("/api/proposals/" + id + "/versions", as(Role.AUTHOR));
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body()).contains(firstVersion).contains(secondVersion);
    }
}
