package nl.hamerslag.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("local")
class UnreachableServiceHealthTest {

    @TempDir
    static Path dataDir;

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void followupIsNotRunning(DynamicPropertyRegistry registry) {
        registry.add("hamerslag.data-dir", () -> dataDir.toString());
        for (String name : new String[] {"drafting", "approval", "meeting", "publication"}) {
            FakeService fake = FakeService.start();
            registry.add("hamerslag.services." + name + ".url", fake::url);
        }
        String unreachable = FakeService.unreachableUrl();
        registry.add("hamerslag.services.followup.url", () -> unreachable);
    }

    @Test
    void healthIsDownWhenAServiceIsUnreachableAndAnAdminSeesWhy() {
        String admin = client.post().uri("/api/local/tokens").bodyValue(Map.of("role", "ADMIN"))
                .exchange().expectBody(Map.class).returnResult().getResponseBody().get("token").toString();

        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DOWN")
                .jsonPath("$.components.services.details.followup.status").isEqualTo("DOWN")
                .jsonPath("$.components.services.details.followup.error").value(String.class,
                        error -> assertThat(error).isNotBlank())
                .jsonPath("$.components.services.details.drafting.status").isEqualTo("UP");
    }

    @Test
    void aRequestForTheUnreachableServiceIsAProblemNotAStackTrace() {
        String token = client.post().uri("/api/local/tokens").bodyValue(Map.of("role", "CLERK"))
                .exchange().expectBody(Map.class).returnResult().getResponseBody().get("token").toString();

        client.get().uri("/api/followup/items").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("followup"));
    }
}
