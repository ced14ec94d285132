package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone may see whether a service is UP; what it runs on (database, disk, broker) only an ADMIN. */
@HamerslagIntegrationTest
class HealthDetailsIntegrationTest {

    @LocalServerPort
    int port;
    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient("http://localhost:" + port);
    }

    @Test
    void anAnonymousCallerSeesOnlyTheStatus() {
        ApiResponse health = client.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).as(health.body()).isFalse();
        assertThat(health.body()).doesNotContain("PostgreSQL", "diskSpace", "path");
    }

    @Test
    void aUserWithAnotherRoleSeesOnlyTheStatus() {
        ApiResponse health = client.get("/actuator/health", "Authorization", TestTokens.bearer(Role.MUNICIPAL_SECRETARY));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("components")).as(health.body()).isFalse();
    }

    @Test
    void anAdminSeesTheComponentsAndTheirDetails() {
        ApiResponse health = client.get("/actuator/health", "Authorization", TestTokens.bearer(Role.ADMIN));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("db").get("details").get("database").asString())
                .isEqualTo("PostgreSQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void theProbesAnswerWithoutAToken(String probe) {
        ApiResponse health = client.get(probe);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
