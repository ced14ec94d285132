package nl.hamerslag.platform.serviceidentity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenClaims;
import nl.hamerslag.identity.TokenMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalServiceTokensTest {

    @TempDir
    Path dataDir;
    final MovableClock clock = new MovableClock();

    @Test
    void theTokenIsTheServiceItselfSignedWithTheLocalKey() throws Exception {
        RSAKey key = LocalSigningKey.loadOrCreate(dataDir.resolve("keys"));
        LocalServiceTokens tokens = new LocalServiceTokens(() -> key, "meeting", Duration.ofMinutes(5),
                Duration.ofSeconds(30), clock);

        SignedJWT jwt = SignedJWT.parse(tokens.current());

        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("service:meeting");
        assertThat(claims.getStringClaim(TokenClaims.SERVICE)).isEqualTo("meeting");
        assertThat(claims.getClaim(TokenClaims.ROLES)).isNull();
        assertThat(claims.getIssuer()).isEqualTo(TokenMinter.ISSUER);
        assertThat(claims.getAudience()).containsExactly(TokenMinter.AUDIENCE);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void oneTokenServesUntilShortlyBeforeItExpires() {
        AtomicInteger keyReads = new AtomicInteger();
        RSAKey key = LocalSigningKey.loadOrCreate(dataDir.resolve("keys"));
        LocalServiceTokens tokens = new LocalServiceTokens(() -> {
            keyReads.incrementAndGet();
            return key;
        }, "meeting", Duration.ofMinutes(5), Duration.ofSeconds(30), clock);

        String first = tokens.current();
        clock.advance(Duration.ofMinutes(4).plusSeconds(29));
        assertThat(tokens.current()).isSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.current()).isNotEqualTo(first);
        assertThat(keyReads).hasValue(1);
    }

    @Test
    void withoutTheLocalKeyTheServiceSaysWhereItLookedAndMakesNone() {
        Path keyDir = dataDir.resolve("keys");
        LocalServiceTokens tokens = new LocalServiceTokens(() -> LocalSigningKey.load(keyDir), "meeting",
                Duration.ofMinutes(5), Duration.ofSeconds(30), clock);

        assertThatThrownBy(tokens::current).hasMessageContaining(keyDir.toString()).hasMessageContaining("token-uri");
        assertThat(keyDir).doesNotExist();
    }
}
