package nl.hamerslag.platform.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.Collection;

/**
 * A token's authorities are the caller's roles as {@code ROLE_<name>}: a person's from the {@code roles}
 * claim (SYSTEM never), a service's own token SYSTEM only ({@link Callers}). So a role check in Spring
 * Security and a role check on the {@link Caller} can never disagree.
 */
public final class RolesClaim {

    private RolesClaim() {
    }

    public static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = Callers.from(jwt).roles().stream()
                    .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
            return authorities;
        });
        return converter;
    }
}
