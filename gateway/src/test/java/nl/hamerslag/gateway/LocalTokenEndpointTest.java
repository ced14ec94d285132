package nl.hamerslag.gateway;

import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTokenEndpointTest extends LocalGatewayTest {

    @Test
    void mintsATokenForTheRolesDemoUserThatTheGatewayAccepts() {
        Map<String, Object> minted = client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "AUTHOR"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        assertThat(minted).containsEntry("subject", "anna.steller").containsEntry("name", "Anna de Steller")
                .containsEntry("role", "AUTHOR").containsEntry("expiresInSeconds", 43200);
        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(minted.get("token").toString()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aNamedDemoUserGetsATokenInTheAskedRole() {
        client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "manager", "user", "sanne.secretaris"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo("sanne.secretaris")
                .jsonPath("$.role").isEqualTo("MANAGER");
    }

    @Test
    void anUnknownRoleIsABadRequestThatListsTheValidRoles() {
        client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "MAYOR"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).contains("MAYOR", "AUTHOR", "FINAL_EDITOR").doesNotContain("SYSTEM"));
    }

    @Test
    void anUnknownUserIsABadRequestThatNamesTheDemoUsers() {
        client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "AUTHOR", "user", "nobody"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("nobody", "anna.steller"));
    }

    @Test
    void listsTheDemoUsersWithoutAToken() {
        client.get().uri("/api/local/tokens").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(DemoUsers.ALL.size())
                .jsonPath("$[0].subject").isEqualTo("anna.steller")
                .jsonPath("$[0].department").isEqualTo("Ruimte");
    }

    @Test
    void thePublicKeyIsInTheDataFolderWhereTheServicesReadIt() {
        assertThat(LocalSigningKey.publicKeyFile(DATA_DIR.resolve("keys"))).isRegularFile();
    }
}
