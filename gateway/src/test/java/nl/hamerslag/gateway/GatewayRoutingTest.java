package nl.hamerslag.gateway;

import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;
import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayRoutingTest extends LocalGatewayTest {

    @Test
    void aRequestWithoutATokenIsRefusedWithAProblemThatSaysHowToSendOne() {
        client.get().uri("/api/proposals").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/proposals")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Authorization: Bearer"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused(@TempDir Path otherKeys) {
        RSAKey otherKey = LocalSigningKey.loadOrCreate(otherKeys);
        String forged = new TokenMinter(otherKey).mint(DemoUsers.forRole(Role.ADMIN));

        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(forged)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("refused"));
    }

    @Test
    void aValidTokenIsForwardedWithItsAuthorizationHeaderAndACorrelationId() {
        String token = tokenFor("AUTHOR");

        String echoed = client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.answeredBy").isEqualTo("fake")
                .returnResult().getResponseHeaders().getFirst("X-Correlation-Id");

        FakeService drafting = SERVICES.get("drafting");
        assertThat(drafting.lastRequestPath()).isEqualTo("/api/proposals");
        assertThat(drafting.lastRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer " + token);
        assertThat(drafting.lastRequestHeaders().getFirst("X-Correlation-Id")).isNotBlank().isEqualTo(echoed);
    }

    @Test
    void aCorrelationIdTheCallerSentIsPassedOnUnchanged() {
        client.get().uri("/api/followup/items").headers(h -> {
                    h.setBearerAuth(tokenFor("CLERK"));
                    h.set("X-Correlation-Id", "caller-chose-this");
                }).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "caller-chose-this");

        assertThat(SERVICES.get("followup").lastRequestHeaders().getFirst("X-Correlation-Id")).isEqualTo("caller-chose-this");
    }

    @Test
    void eachApiPrefixGoesToItsService() {
        String token = tokenFor("SECRETARIAT");
        expectRoutedTo("/api/approvals/x", "approval", token);
        expectRoutedTo("/api/meetings/x", "meeting", token);
        expectRoutedTo("/api/bodies/x", "meeting", token);
        expectRoutedTo("/api/publications/x", "publication", token);
        expectRoutedTo("/api/followup/x", "followup", token);
    }

    @Test
    void eachServicesAdministrationIsReachedUnderItsName() {
        String token = tokenFor("ADMIN");
        for (String service : List.of("drafting", "approval", "meeting", "publication", "followup")) {
            client.get().uri("/api/admin/" + service + "/parked?state=PARKED").headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk();
            assertThat(SERVICES.get(service).lastRequestPath()).isEqualTo("/api/admin/parked");
        }
    }

    @Test
    void eachServicesAuditLogIsReachedUnderItsNameByAnAuditorOnly() {
        String auditor = tokenFor("AUDITOR");
        for (String service : List.of("drafting", "approval", "meeting", "publication", "followup")) {
            client.get().uri("/api/audit/" + service + "/proofs/inclusion?leaf=3&treeSize=9")
                    .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk();
            assertThat(SERVICES.get(service).lastRequestPath()).isEqualTo("/audit/proofs/inclusion");
        }
        client.get().uri("/api/audit/drafting/tree-heads").headers(h -> h.setBearerAuth(tokenFor("ADMIN")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void thePublicApiNeedsNoToken() {
        client.get().uri("/api/public/decisions").exchange().expectStatus().isOk();

        assertThat(SERVICES.get("publication").lastRequestPath()).isEqualTo("/api/public/decisions");
    }

    @Test
    void theOriFeedsWellKnownAddressIsPublicationsServiceDocumentWithoutAToken() {
        client.get().uri("/.well-known/ori-feed").exchange().expectStatus().isOk();

        assertThat(SERVICES.get("publication").lastRequestPath()).isEqualTo("/api/public/ori/v1");
    }

    @Test
    void theCitizensPagesOfPublicationNeedNoToken() {
        for (String path : List.of("/openbaar", "/openbaar/publicaties/x", "/openbaar/feed.atom", "/openbaar/sitemap.xml")) {
            client.get().uri(path).exchange().expectStatus().isOk();
            assertThat(SERVICES.get("publication").lastRequestPath()).isEqualTo(path);
        }
    }

    @Test
    void aServicesApiDocIsServedUnderItsNameWithoutAToken() {
        client.get().uri("/v3/api-docs/meeting").exchange().expectStatus().isOk();

        assertThat(SERVICES.get("meeting").lastRequestPath()).isEqualTo("/v3/api-docs");
    }

    @Test
    void swaggerUiListsTheGatewayAndEveryService() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[*].name").value(names -> assertThat((List<?>) names).map(Object::toString)
                        .containsExactlyInAnyOrder("gateway", "drafting", "approval", "meeting", "publication", "followup",
                                "zgw"));
    }

    @Test
    void theZgwApisGoToPublicationWithTheHostTheClientCalledForTheirUrls() {
        client.get().uri("/zgw/besluiten/api/v1/besluiten").header("Host", "besluiten.gemeente.example:8080")
                .headers(h -> h.setBearerAuth(tokenFor("AUDITOR"))).exchange().expectStatus().isOk();

        assertThat(SERVICES.get("publication").lastRequestPath()).isEqualTo("/zgw/besluiten/api/v1/besluiten");
        assertThat(SERVICES.get("publication").lastRequestHeaders().getFirst("Host")).isEqualTo("besluiten.gemeente.example:8080");
        client.get().uri("/v3/api-docs/zgw").exchange().expectStatus().isOk();
        assertThat(SERVICES.get("publication").lastRequestPath()).isEqualTo("/v3/api-docs/zgw");
    }

    private void expectRoutedTo(String path, String service, String token) {
        client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        assertThat(SERVICES.get(service).lastRequestPath()).isEqualTo(path);
    }
}
