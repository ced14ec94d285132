package nl.hamerslag.drafting.web;

import nl.hamerslag.contracts.Role;
import nl.hamerslag.drafting.query.Viewer;
import nl.hamerslag.platform.identity.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.Set;

/** The viewer behind a request's bearer token. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return new Viewer("anonymous", Set.of(), null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Actors.roles(token.getToken()));
        return new Viewer(token.getToken().getSubject(), roles, Actors.department(authentication));
    }
}
