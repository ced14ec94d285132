package nl.hamerslag.identity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.contracts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSigningKeyTest {

    @Test
    void theKeyIsMadeOnceAndReusedOnTheNextStart(@TempDir Path dir) throws Exception {
        RSAKey first = LocalSigningKey.loadOrCreate(dir);
        RSAKey second = LocalSigningKey.loadOrCreate(dir);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(Files.readString(dir.resolve(LocalSigningKey.PUBLIC_KEY_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void aMintedTokenCarriesSubjectNameAndRolesAndVerifiesWithThePublicKey(@TempDir Path dir) throws Exception {
        RSAKey key = LocalSigningKey.loadOrCreate(dir);
        String token = new TokenMinter(key).mint(DemoUsers.forRole(Role.MANAGER));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("mark.leidinggevende");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("MANAGER");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TokenMinter.ISSUER);
    }

    @Test
    void aMintedTokenIsForHamerslagSoTheAudienceCheckAcceptsIt(@TempDir Path dir) throws Exception {
        String token = new TokenMinter(LocalSigningKey.loadOrCreate(dir)).mint(DemoUsers.forRole(Role.AUTHOR));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).containsExactly(TokenMinter.AUDIENCE);
    }

    @Test
    void anUnknownRoleNameIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> DemoUsers.parseRole("mayor"))
                .hasMessageContaining("unknown role 'mayor'").hasMessageContaining("AUTHOR");
        assertThat(DemoUsers.parseRole("legal_controller")).isEqualTo(Role.LEGAL_CONTROLLER);
    }
}
