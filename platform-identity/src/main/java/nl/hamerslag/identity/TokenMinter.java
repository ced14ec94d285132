package nl.hamerslag.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.hamerslag.contracts.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;

/**
 * Signs RS256 bearer tokens in the shape every service expects: {@code sub}, {@code name},
 * {@code roles} (role names), {@code department}, issuer {@value #ISSUER} and audience
 * {@value #AUDIENCE}. The audience is what the gateway and the services check, so a token the same
 * identity provider issued for another application is not accepted here (docs/security.md).
 */
public final class TokenMinter {

    public static final String ISSUER = "hamerslag-local";
    public static final String AUDIENCE = "hamerslag";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private final RSAKey key;
    private final Clock clock;

    public TokenMinter(RSAKey key) {
        this(key, Clock.systemUTC());
    }

    public TokenMinter(RSAKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    public String mint(DemoUser user) {
        return mint(user.subject(), user.name(), java.util.List.of(user.role()), user.department(), DEFAULT_LIFETIME);
    }

    public String mint(String subject, String name, Collection<Role> roles, String department, Duration lifetime) {
        return sign(claims(subject, lifetime)
                .claim(TokenClaims.NAME, name)
                .claim(TokenClaims.ROLES, roles.stream().map(Role::name).toList())
                .claim(TokenClaims.DEPARTMENT, department)
                .build());
    }

    /**
     * A token for a service itself, not for a person: subject {@code service:<shortName>} and the
     * {@link TokenClaims#SERVICE} claim, which no person's token carries, and no roles.
     */
    public String mintService(String shortName, Duration lifetime) {
        return sign(claims(TokenClaims.SERVICE_SUBJECT_PREFIX + shortName, lifetime)
                .claim(TokenClaims.NAME, "Hamerslag " + shortName)
                .claim(TokenClaims.SERVICE, shortName)
                .build());
    }

    private JWTClaimsSet.Builder claims(String subject, Duration lifetime) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)));
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token with the local key", e);
        }
        return jwt.serialize();
    }
}
