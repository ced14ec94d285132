package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end, through the gateway only: an author drafts and submits a
 * proposal, the sign-off route opens from the Kafka event, every signer approves in turn, and the
 * proposal becomes APPROVED.
 */
@ExtendWith(SystemUnderTest.class)
class SkeletonFlowSystemTest {

    static final String PROPOSAL = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Het plein wordt groener.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":true,"decidingBody":"COLLEGE"}""";

    ApiClient gateway;

    @BeforeEach
    void setUp() {
        gateway = new ApiClient(SystemUnderTest.system().gatewayUrl());
    }

    private String[] as(Role role) {
        return new String[]{"Authorization", "Bearer " + SystemUnderTest.system().token(role)};
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

        ApiResponse submitted = gateway.post("/api/proposals/" + id + "/submit", null, as(Role.AUTHOR));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        JsonNode route = awaitRoute(id);
        assertThat(stepIds(route)).hasSize(4);
        String manager = step(route, Role.MANAGER);
        String financial = step(route, Role.FINANCIAL_CONTROLLER);
        String legal = step(route, Role.LEGAL_CONTROLLER);
        String secretary = step(route, Role.MUNICIPAL_SECRETARY);

        ApiResponse wrongRole = approve(id, manager, Role.LEGAL_CONTROLLER);
        assertThat(wrongRole.status()).as("a legal controller cannot sign as manager").isEqualTo(403);
        assertThat(wrongRole.contentType()).startsWith("application/problem+json");

        ApiResponse notYetDue = approve(id, secretary, Role.MUNICIPAL_SECRETARY);
        assertThat(notYetDue.status()).as("the secretary signs last").isEqualTo(409);

        assertThat(approve(id, manager, Role.MANAGER).status()).isBetween(200, 204);
        assertThat(approve(id, legal, Role.LEGAL_CONTROLLER).status()).isBetween(200, 204);
        assertThat(approve(id, financial, Role.FINANCIAL_CONTROLLER).status()).isBetween(200, 204);
        awaitStepDue(id, secretary);
        assertThat(approve(id, secretary, Role.MUNICIPAL_SECRETARY).status()).isBetween(200, 204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                gateway.get("/api/proposals/" + id, as(Role.AUTHOR)).json().get("status").asString())
                .isEqualTo("APPROVED"));
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

    private ApiResponse approve(String proposalId, String stepId, Role role) {
        return gateway.post("/api/approvals/routes/" + proposalId + "/steps/" + stepId + "/approve",
                "{\"remarks\":\"akkoord\"}", as(role));
    }

    private JsonNode awaitRoute(String proposalId) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                gateway.get("/api/approvals/routes/" + proposalId, as(Role.MANAGER)).status() == 200);
        return gateway.get("/api/approvals/routes/" + proposalId, as(Role.MANAGER)).json();
    }

    private void awaitStepDue(String proposalId, String stepId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode route = gateway.get("/api/approvals/routes/" + proposalId, as(Role.MANAGER)).json();
            return stepNode(route, stepId).get("state").asString().equals("DUE");
        });
    }

    private static java.util.List<String> stepIds(JsonNode route) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        route.get("stages").forEach(stage -> stage.get("steps").forEach(step -> ids.add(step.get("stepId").asString())));
        return ids;
    }

    private static String step(JsonNode route, Role role) {
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                if (step.get("role").asString().equals(role.name())) {
                    return step.get("stepId").asString();
                }
            }
        }
        throw new AssertionError("no step for " + role + " in " + route);
    }

    private static JsonNode stepNode(JsonNode route, String stepId) {
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                if (step.get("stepId").asString().equals(stepId)) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step " + stepId + " in " + route);
    }

    private static String[] with(String[] headers, String... more) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
