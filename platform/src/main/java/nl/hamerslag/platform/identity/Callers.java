package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.TokenClaims;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@link Caller} from a validated bearer token: the one place that knows the claims. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Caller> from(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(from(token.getToken())) : Optional.empty();
    }

    public static Caller from(Jwt jwt) {
        String name = jwt.getClaimAsString(TokenClaims.NAME);
        return Caller.of(jwt.getSubject(), name == null || name.isBlank() ? jwt.getSubject() : name, roles(jwt),
                jwt.getClaimAsString(TokenClaims.DEPARTMENT));
    }

    /** The known roles in the token; unknown names are ignored and SYSTEM is never taken from a token. */
    static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> Arrays.stream(Role.values())
                    .filter(r -> r != Role.SYSTEM && r.name().equals(n))
                    .forEach(roles::add));
        }
        return roles;
    }
}
