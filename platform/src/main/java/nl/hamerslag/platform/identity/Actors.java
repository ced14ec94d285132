package nl.hamerslag.platform.identity;

import nl.hamerslag.contracts.Actor;
import nl.hamerslag.contracts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the actor from an authenticated bearer token. */
public final class Actors {

    private Actors() {
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        Jwt jwt = token.getToken();
        List<Role> roles = roles(jwt);
        String name = jwt.getClaimAsString("name");
        return Optional.of(new Actor(jwt.getSubject(), name == null ? jwt.getSubject() : name,
                roles.isEmpty() ? Role.SYSTEM : roles.get(0)));
    }

    /** The actor acting in {@code role}; the caller has checked the token holds it. */
    public static Actor as(Authentication authentication, Role role) {
        Actor actor = from(authentication).orElseThrow(() -> new IllegalStateException("no authenticated user"));
        return new Actor(actor.subject(), actor.name(), role);
    }

    public static List<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(RolesClaim.NAME);
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .flatMap(n -> Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM && r.name().equals(n)))
                .toList();
    }

    public static String department(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? token.getToken().getClaimAsString("department") : null;
    }
}
