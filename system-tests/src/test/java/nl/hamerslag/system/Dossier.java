package nl.hamerslag.system;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The steps of a proposal's life as the system tests take them, always through the gateway. */
final class Dossier {

    static final String PROPOSAL = """
            {"type":"COLLEGE_PROPOSAL","title":"Herinrichting Marktplein","summary":"Het plein wordt groener.",
             "portfolioHolder":"Wethouder Ruimte","department":"Ruimte","confidentiality":"openbaar",
             "financialConsequences":true,"legalConsequences":true,"decidingBody":"COLLEGE"}""";

    /** The smallest file Tika recognises as PDF from its bytes. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final ApiClient gateway;

    Dossier(ApiClient gateway) {
        this.gateway = gateway;
    }

    static String[] as(Role role) {
        return new String[]{"Authorization", "Bearer " + SystemUnderTest.system().token(role)};
    }

    static String[] with(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    String draft() {
        return draft(PROPOSAL);
    }

    String draft(String proposal) {
        ApiResponse created = gateway.post("/api/proposals", proposal, as(Role.AUTHOR));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    ApiResponse upload(String proposalId, String kind, String fileName, String mediaType, byte[] content) {
        String boundary = "hamerslag-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return gateway.send(gateway.request("/api/proposals/" + proposalId + "/attachments",
                        with(as(Role.AUTHOR), "Content-Type", "multipart/form-data; boundary=" + boundary))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }

    void uploadMainDocument(String proposalId) {
        ApiResponse main = upload(proposalId, "MAIN", "voorstel.pdf", "application/pdf", PDF);
        assertThat(main.status()).as(main.toString()).isEqualTo(201);
    }

    String submit(String proposalId) {
        ApiResponse submitted = gateway.post("/api/proposals/" + proposalId + "/submit", null, as(Role.AUTHOR));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted.json().get("submittedVersion").asString();
    }

    /** The current route once it is open for {@code version}. */
    JsonNode awaitRoute(String proposalId, String version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ApiResponse route = gateway.get("/api/approvals/routes/" + proposalId, as(Role.MANAGER));
            return route.status() == 200 && route.json().get("version").asString().equals(version);
        });
        return route(proposalId);
    }

    JsonNode route(String proposalId) {
        return gateway.get("/api/approvals/routes/" + proposalId, as(Role.MANAGER)).json();
    }

    ApiResponse approve(String proposalId, String stepId, String[] signer) {
        return gateway.post("/api/approvals/routes/" + proposalId + "/steps/" + stepId + "/approve",
                "{\"remarks\":\"akkoord\"}", signer);
    }

    void awaitStepDue(String proposalId, String stepId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> step(route(proposalId), stepId).get("state").asString().equals("DUE"));
    }

    void awaitStatus(String proposalId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                gateway.get("/api/proposals/" + proposalId, as(Role.AUTHOR)).json().get("status").asString())
                .isEqualTo(status));
    }

    /** Every step of the current route signed in turn by the demo user of its role; the proposal APPROVED. */
    void signOff(String proposalId, String version) {
        JsonNode route = awaitRoute(proposalId, version);
        for (String stepId : stepIds(route)) {
            awaitStepDue(proposalId, stepId);
            Role role = Role.valueOf(step(route(proposalId), stepId).get("role").asString());
            ApiResponse approved = approve(proposalId, stepId, as(role));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
        }
        awaitStatus(proposalId, "APPROVED");
    }

    static List<String> stepIds(JsonNode route) {
        List<String> ids = new ArrayList<>();
        route.get("stages").forEach(stage -> stage.get("steps").forEach(step -> ids.add(step.get("stepId").asString())));
        return ids;
    }

    static String stepFor(JsonNode route, Role role) {
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                if (step.get("role").asString().equals(role.name())) {
                    return step.get("stepId").asString();
                }
            }
        }
        throw new AssertionError("no step for " + role + " in " + route);
    }

    static JsonNode step(JsonNode route, String stepId) {
        for (JsonNode stage : route.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                if (step.get("stepId").asString().equals(stepId)) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step " + stepId + " in " + route);
    }
}
