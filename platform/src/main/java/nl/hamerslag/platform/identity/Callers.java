package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.contracts.ServiceCatalog;
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

    /**
     * A service's own token ({@code hamerslag_service} naming a service of the catalogue) is that
     * service, acting as SYSTEM; anyone else is a person with the roles the token names, never SYSTEM.
     */
    public static Caller from(Jwt jwt) {
        Optional<ServiceCatalog> service = service(jwt);
        if (service.isPresent()) {
            return Caller.service(service.get().shortName());
        }
        String name = jwt.getClaimAsString(TokenClaims.NAME);
        return Caller.of(jwt.getSubject(), name == null || name.isBlank() ? jwt.getSubject() : name, roles(jwt),
                jwt.getClaimAsString(TokenClaims.DEPARTMENT));
    }

    /** The service a service token was issued to; empty for a person's token or a name the catalogue lacks. */
    static Optional<ServiceCatalog> service(Jwt jwt) {
        return jwt.getClaims().get(TokenClaims.SERVICE) instanceof String name
                ? Arrays.stream(ServiceCatalog.values()).filter(s -> s.shortName().equals(name)).findFirst()
                : Optional.empty();
    }

    /** Why a token that claims to be a service's is not valid, if it is not: the name must be in the catalogue. */
    static Optional<String> serviceClaimRefusal(Jwt jwt) {
        if (!jwt.hasClaim(TokenClaims.SERVICE) || service(jwt).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The '" + TokenClaims.SERVICE + "' claim must be the short name of a Hamerslag service, one of "
                + Arrays.stream(ServiceCatalog.values()).map(ServiceCatalog::shortName).toList());
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
