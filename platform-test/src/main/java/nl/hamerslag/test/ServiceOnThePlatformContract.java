package nl.hamerslag.test;

import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service on the platform offers from its first day, checked on the real parts: health
 * without a token (its database shown to an ADMIN only), an API that needs a token, and its OpenAPI document.
 * A service's test extends this and names its documented title. The hostile-input harness (ADR 22) runs
 * in the service's own {@code HostileInputTest} beside it, which hands the harness known ids so that it
 * reaches past the 404s: this contract requires that test to exist rather than send the same thousands of
 * requests a second time without the ids (minutes of every build, and nothing it could find that the
 * service's own run does not).
 */
@HamerslagIntegrationTest
public abstract class ServiceOnThePlatformContract {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Value("${spring.application.name}")
    String application;

    /** A part of the title the service's OpenAPI document must carry. */
    protected abstract String documentedTitle();

    @Test
    void theServiceStartsOnTheRealPartsAndReportsHealthyWithoutAToken() {
        ApiResponse health = new ApiClient("http://localhost:" + port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        ApiResponse details = new ApiClient("http://localhost:" + port).get("/actuator/health",
                "Authorization", TestTokens.bearer(Role.ADMIN));
        assertThat(details.json().get("components").has("db")).isTrue();
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
        assertThat(docs.json().get("info").get("title").asString()).contains(documentedTitle());
    }

    @Test
    void itHasAHostileInputTestBesideIt() {
        String name = getClass().getPackageName() + ".HostileInputTest";

        assertThat(getClass().getClassLoader().getResource(name.replace('.', '/') + ".class"))
                .as(name + " must send the hostile-input harness (ADR 22) at every operation of " + application
                        + ", with known ids")
                .isNotNull();
    }
}
