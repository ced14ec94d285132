package nl.hamerslag.gateway;

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
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed with the gateway's own key and from the right issuer, a token is still refused when it is
 * not meant for Hamerslag or names its actor in a way the services cannot store; nothing is forwarded.
 */
class TokenRefusalTest extends LocalGatewayTest {

    @Test
    void aTokenWithoutAudienceIsRefused() {
        expectRefused(token(claims -> claims.audience((String) null)), "aud");
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() {
        expectRefused(token(claims -> claims.audience("payroll")), "aud");
    }

    @Test
    void aNameLongerThanTheServicesCanStoreIsRefused() {
        expectRefused(token(claims -> claims.claim("name", "N".repeat(ActorClaims.MAX_LENGTH + 1))), "'name'");
    }

    @Test
    void aSubjectWithControlCharactersIsRefused() {
        expectRefused(token(claims -> claims.subject("anna\u0000steller")), "'sub'");
    }

    @Test
    void theSameTokenForHamerslagIsAccepted() {
        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(token(claims -> claims))).exchange()
                .expectStatus().isOk();
    }

    private void expectRefused(String token, String because) {
        client.get().uri("/api/proposals").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(because));
    }

    /** A token as TokenMinter makes it, with one thing changed. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        RSAKey key = LocalSigningKey.loadOrCreate(DATA_DIR.resolve("keys"));
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
