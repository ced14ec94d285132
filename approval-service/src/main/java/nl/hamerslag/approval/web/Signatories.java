package nl.hamerslag.approval.web;

import nl.hamerslag.approval.command.Signatory;
import nl.hamerslag.contracts.Actor;
import nl.hamerslag.platform.identity.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.HashSet;

/** The caller as the token names them: subject, name, every role, department. */
final class Signatories {

    private Signatories() {
    }

    static Signatory from(Authentication authentication) {
        Actor actor = Actors.from(authentication).orElseThrow(() -> new IllegalStateException("no authenticated user"));
        JwtAuthenticationToken token = (JwtAuthenticationToken) authentication;
        return new Signatory(actor.subject(), actor.name(), new HashSet<>(Actors.roles(token.getToken())),
                Actors.department(authentication));
    }
}
