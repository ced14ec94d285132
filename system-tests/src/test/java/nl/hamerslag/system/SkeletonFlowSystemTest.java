package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static nl.hamerslag.system.Dossier.PROPOSAL;
import static nl.hamerslag.system.Dossier.as;
import static nl.hamerslag.system.Dossier.stepFor;
import static nl.hamerslag.system.Dossier.stepIds;
import static nl.hamerslag.system.Dossier.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end, through the gateway only: an author drafts and submits a
 * proposal, the sign-off route opens from the Kafka event, every signer approves in turn, and the
 * proposal becomes APPROVED.
 */
@ExtendWith(SystemUnderTest.class)
class SkeletonFlowSystemTest {

    ApiClient gateway;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
        dossier = new Dossier(gateway);
    }

    @Test
    void theGatewayIsHealthyOnlyWithEveryServiceBehindIt() {
        ApiResponse health = gateway.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aProposalIsDraftedSubmittedSignedOffAndApproved() {
        String key = UUID.randomUUID().toString();
        ApiResponse created = gateway.post("/api/proposals", PROPOSAL, with(as(Role.AUTHOR), "Idempotency-Key", key));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/proposals/" + id);

        ApiResponse retried = gateway.post("/api/proposals", PROPOSAL, with(as(Role.AUTHOR), "Idempotency-Key", key));
        assertThat(retried.json().get("id").asString()).as("a retry creates nothing new").isEqualTo(id);

        dossier.uploadMainDocument(id);
        String version = dossier.submit(id);

        JsonNode route = dossier.awaitRoute(id, version);
        assertThat(stepIds(route)).hasSize(4);
        String manager = stepFor(route, Role.MANAGER);
        String financial = stepFor(route, Role.FINANCIAL_CONTROLLER);
        String legal = stepFor(route, Role.LEGAL_CONTROLLER);
        String secretary = stepFor(route, Role.MUNICIPAL_SECRETARY);

        ApiResponse wrongRole = dossier.approve(id, manager, as(Role.LEGAL_CONTROLLER));
        assertThat(wrongRole.status()).as("a legal controller cannot sign as manager").isEqualTo(403);
        assertThat(wrongRole.contentType()).startsWith("application/problem+json");

        ApiResponse notYetDue = dossier.approve(id, secretary, as(Role.MUNICIPAL_SECRETARY));
        assertThat(notYetDue.status()).as("the secretary signs last").isEqualTo(409);

        assertThat(dossier.approve(id, manager, as(Role.MANAGER)).status()).isEqualTo(204);
        assertThat(dossier.approve(id, legal, as(Role.LEGAL_CONTROLLER)).status()).isEqualTo(204);
        assertThat(dossier.approve(id, financial, as(Role.FINANCIAL_CONTROLLER)).status()).isEqualTo(204);
        dossier.awaitStepDue(id, secretary);
        assertThat(dossier.approve(id, secretary, as(Role.MUNICIPAL_SECRETARY)).status()).isEqualTo(204);

        dossier.awaitStatus(id, "APPROVED");
    }

    @Test
    void aBadBodyIsRefusedWith400ThatNamesTheField() {
        ApiResponse response = gateway.post("/api/proposals", PROPOSAL.replace("\"title\":\"Herinrichting Marktplein\",", ""),
                as(Role.AUTHOR));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("title");
    }

    @Test
    void withoutATokenTheGatewayAnswers401() {
        ApiResponse response = gateway.get("/api/proposals/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
