package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.TokenClaims;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a service's own token makes a SYSTEM caller; a person's token never does, whatever its roles say. */
class CallersTest {

    @Test
    void aServiceTokenIsThatServiceActingAsSystem() {
        Jwt token = jwt(claims -> claims.subject("service:meeting").claim(TokenClaims.SERVICE, "meeting"));

        Caller caller = Callers.from(token);

        assertThat(caller).isEqualTo(Caller.service("meeting"));
        assertThat(caller.subject()).isEqualTo("service:meeting");
        assertThat(caller.roles()).containsExactly(Role.SYSTEM);
        assertThat(caller.actingRole()).isEqualTo(Role.SYSTEM);
        assertThat(authorities(token)).containsExactly("ROLE_SYSTEM");
    }

    @Test
    void aServiceTokenFromTheIdentityProviderIsTheServiceWhateverItsSubjectAndRoles() {
        Jwt token = jwt(claims -> claims.subject("0c1f5e1a-keycloak-service-account")
                .claim(TokenClaims.SERVICE, "publication").claim(TokenClaims.ROLES, List.of("ADMIN")));

        assertThat(Callers.from(token)).isEqualTo(Caller.service("publication"));
        assertThat(authorities(token)).containsExactly("ROLE_SYSTEM");
    }

    @Test
    void aPersonsTokenWithRoleSystemGetsNoSystem() {
        Jwt token = jwt(claims -> claims.subject("mallory").claim(TokenClaims.ROLES, List.of("SYSTEM", "AUTHOR")));

        Caller caller = Callers.from(token);

        assertThat(caller.holds(Role.SYSTEM)).isFalse();
        assertThat(caller.roles()).containsExactly(Role.AUTHOR);
        assertThat(authorities(token)).containsExactly("ROLE_AUTHOR");
    }

    @Test
    void aServiceClaimNamingNoServiceOfTheCatalogueMakesNoSystemAndAnInvalidToken() {
        Jwt token = jwt(claims -> claims.subject("service:payroll").claim(TokenClaims.SERVICE, "payroll")
                .claim(TokenClaims.ROLES, List.of("AUTHOR")));

        assertThat(Callers.from(token).holds(Role.SYSTEM)).isFalse();
        assertThat(Callers.serviceClaimRefusal(token)).get().asString().contains("hamerslag_service", "meeting");
    }

    @Test
    void aPersonsTokenNeedsNoServiceClaim() {
        assertThat(Callers.serviceClaimRefusal(jwt(claims -> claims.subject("anna")))).isEmpty();
    }

    private static List<String> authorities(Jwt token) {
        return RolesClaim.authenticationConverter().convert(token).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).toList();
    }

    private static Jwt jwt(UnaryOperator<Jwt.Builder> claims) {
        return claims.apply(Jwt.withTokenValue("t").header("alg", "RS256").claim("name", "Someone")).build();
    }
}
