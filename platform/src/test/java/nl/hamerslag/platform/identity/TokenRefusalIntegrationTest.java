package nl.hamerslag.platform.identity;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.identity.ActorClaims;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;
import nl.hamerslag.test.ApiClient;
import nl.hamerslag.test.ApiResponse;
import nl.hamerslag.test.HamerslagIntegrationTest;
import nl.hamerslag.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token signed with the right key and from the right issuer is still refused (401 problem+json
 * that says why) when it is not meant for Hamerslag or names its actor in a way that cannot be stored.
 */
@HamerslagIntegrationTest
class TokenRefusalIntegrationTest {

    @LocalServerPort
    int port;
    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient("http://localhost:" + port);
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        assertRefused(createWith(claims -> claims.audience((String) null)), "aud");
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        assertRefused(createWith(claims -> claims.audience("payroll")), "aud");
    }

    @Test
    void aTokenForHamerslagAndOthersIsAccepted() {
        ApiResponse response = createWith(claims -> claims.audience(List.of("account", TokenMinter.AUDIENCE)));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aNameLongerThanTheColumnItIsStoredInIsAnInvalidTokenNotAServerError() {
        assertRefused(createWith(claims -> claims.claim("name", "N".repeat(ActorClaims.MAX_LENGTH + 1))), "'name'");
    }

    @Test
    void aDepartmentWithControlCharactersIsRefused() {
        assertRefused(createWith(claims -> claims.claim("department", "Ruimte\nINFO forged")), "'department'");
    }

    @Test
    void aNameThatJustFitsItsColumnIsAccepted() {
        ApiResponse response = createWith(claims -> claims.claim("name", "N".repeat(ActorClaims.MAX_LENGTH)));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private ApiResponse createWith(UnaryOperator<JWTClaimsSet.Builder> change) {
        return client.post("/api/tallies", "{\"name\":\"x\"}", "Authorization", "Bearer " + token(change));
    }

    private static void assertRefused(ApiResponse response, String because) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(because);
    }

    /** A token as TokenMinter makes it, with one thing changed. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        RSAKey key = LocalSigningKey.loadOrCreate(TestTokens.dataDir().resolve("keys"));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TokenMinter.ISSUER).audience(TokenMinter.AUDIENCE)
                .subject("anna.steller").claim("name", "Anna de Steller").claim("department", "Ruimte")
                .claim("roles", List.of("AUTHOR")).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), change.apply(claims).build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
