package nl.hamerslag.approval.web;

import nl.hamerslag.approval.support.ApprovalIntegrationTest;
import nl.hamerslag.contracts.Confidentiality;
import nl.hamerslag.contracts.ProposalId;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.drafting.ProposalSubmitted;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/approvals/routes/{proposalId}?asOf= answers the route as it was then, in the shape of the current one. */
class RouteAsOfIntegrationTest extends ApprovalIntegrationTest {

    @Test
    void aRouteAsOfAMomentIsWhatItWasThen() {
        Instant beforeIt = Instant.now();
        ProposalSubmitted submission = submission(true, false);
        ProposalId id = submission.proposalId();
        JsonNode opened = submitted(submission);
        Instant beforeSigning = Instant.now();
        assertThat(act(id, "manager", "approve", Role.MANAGER, "{\"remarks\":\"Akkoord.\"}").status()).isEqualTo(204);
        JsonNode signed = awaitRoute(id, route -> step(route, "manager").get("state").asString().equals("APPROVED"));

        ApiResponse then = asOf(id, beforeSigning, TestTokens.bearer(Role.AUTHOR));
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(step(then.json(), "manager").get("state").asString()).isEqualTo("DUE");
        assertThat(then.json()).isEqualTo(opened);
        ApiResponse now = asOf(id, Instant.now(), TestTokens.bearer(Role.AUTHOR));
        assertThat(now.json()).isEqualTo(signed);

        ApiResponse notYet = asOf(id, beforeIt, TestTokens.bearer(Role.AUTHOR));
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(404);
        ApiResponse future = asOf(id, Instant.now().plusSeconds(600), TestTokens.bearer(Role.AUTHOR));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("future");
        ApiResponse malformed = api.get("/api/approvals/routes/" + id + "?asOf=1-1-2026", "Authorization",
                TestTokens.bearer(Role.AUTHOR));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("ISO-8601");
    }

    @Test
    void anOutsiderDoesNotSeeAnEarlierRouteEither() {
        ProposalSubmitted secret = submission(false, false, Confidentiality.VERTROUWELIJK);
        submitted(secret);
        ApiResponse outsider = asOf(secret.proposalId(), Instant.now(),
                "Bearer " + TestTokens.forUser("olga.buiten", "Olga", "Elders", Role.LEGAL_CONTROLLER));
        assertThat(outsider.status()).isEqualTo(404);
    }

    private ApiResponse asOf(ProposalId id, Instant at, String bearer) {
        return api.get("/api/approvals/routes/" + id + "?asOf=" + at, "Authorization", bearer);
    }
}
