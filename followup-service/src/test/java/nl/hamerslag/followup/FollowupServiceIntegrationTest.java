package nl.hamerslag.followup;

import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HamerslagIntegrationTest
class FollowupServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theServiceStartsOnTheRealPartsAndReportsHealthyWithoutAToken() {
        ApiResponse health = new ApiClient("http://localhost:" + port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").has("db")).isTrue();
    }

    @Test
    void itsApiNeedsAToken() {
        ApiResponse response = new ApiClient("http://localhost:" + port).get("/api/anything");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void itPublishesItsOpenApiDocument() {
        ApiResponse docs = new ApiClient("http://localhost:" + port).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("info").get("title").asString()).contains("Opvolging (followup-service)");
    }
}
