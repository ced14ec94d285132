package nl.hamerslag.followup.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.followup.support.FollowupIntegrationTest;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@FollowupIntegrationTest
class WebhookRegistrationIntegrationTest {

    private static final String CLERK = TestTokens.bearer(Role.CLERK);

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://localhost:" + port);
    }

    @Test
    void aUrlThatIsNotHttpOrHttpsIsRefused() {
        ApiResponse ftp = register("ftp://griffie.example.nl/hooks", CLERK);

        assertThat(ftp.status()).as(ftp.toString()).isEqualTo(400);
        assertThat(ftp.json().get("detail").asString()).contains("only http and https");
        assertThat(register("javascript:alert(1)", CLERK).status()).isEqualTo(400);
    }

    @Test
    void aUrlThatPointsAtTheServiceItselfIsRefused() {
        for (String own : new String[]{"http://localhost:" + port + "/api/followup/webhooks",
                "http://127.0.0.1:" + port + "/", "http://[::1]:" + port + "/x", "https://LOCALHOST:" + port}) {
            ApiResponse refused = register(own, CLERK);
            assertThat(refused.status()).as(own + " " + refused).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).contains("itself");
        }
        assertThat(register("http://localhost:" + (port == 65535 ? port - 1 : port + 1) + "/hooks", CLERK).status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"AUTHOR", "MANAGER", "COUNCIL_MEMBER", "AUDITOR", "COLLEGE_MEMBER"})
    void onlyTheGriffieAndAdministratorsKeepWebhooks(Role role) {
        ApiResponse refused = register("https://griffie.example.nl/hooks", TestTokens.bearer(role));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(api.get("/api/followup/webhooks", "Authorization", TestTokens.bearer(role)).status()).isEqualTo(403);
    }

    @Test
    void theGriffieAndAdministratorsMayRegister() {
        assertThat(register("https://griffie.example.nl/hooks", CLERK).status()).isEqualTo(201);
        assertThat(register("https://beheer.example.nl/hooks", TestTokens.bearer(Role.ADMIN)).status()).isEqualTo(201);
    }

    private ApiResponse register(String url, String bearer) {
        return api.post("/api/followup/webhooks", "{\"url\":\"" + url + "\",\"secret\":\"a-secret-of-sixteen+\"}",
                "Authorization", bearer);
    }
}
