package nl.hamerslag.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without profile {@code local} the gateway mints nothing and validates with Boot's standard
 * properties: here {@code public-key-location} pointing at a key some other process made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class WithoutLocalProfileTest {

    @TempDir
    static Path dataDir;

    static final FakeService DRAFTING = FakeService.start();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void keyMadeElsewhere(DynamicPropertyRegistry registry) {
        registry.add("hamerslag.data-dir", () -> {
            LocalSigningKey.loadOrCreate(dataDir.resolve("keys"));
            return dataDir.toString();
        });
        registry.add("hamerslag.services.drafting.url", DRAFTING::url);
    }

    @Test
    void theTokenEndpointDoesNotExist() {
        client.post().uri("/api/local/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "AUTHOR"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTokenSignedWithTheConfiguredKeyIsAccepted() {
        String token = new TokenMinter(key()).mint(DemoUsers.forRole(Role.AUTHOR));

        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithTheRightKey() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("someone-else").subject("anna.steller").claim("roles", List.of("AUTHOR"))
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key().getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key()));

        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(jwt.serialize())).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("iss"));
    }

    private static RSAKey key() {
        return LocalSigningKey.loadOrCreate(dataDir.resolve("keys"));
    }
}
