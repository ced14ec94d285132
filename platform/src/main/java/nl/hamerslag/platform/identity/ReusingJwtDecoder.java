package nl.hamerslag.platform.identity;

import nl.hamerslag.identity.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The service's token decoder, reusing a token it verified a moment ago ({@link VerifiedTokens}, ADR 0045). */
final class ReusingJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens<Jwt> verified = new VerifiedTokens<>();

    ReusingJwtDecoder(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.reuse(token).orElseGet(() -> {
            Jwt jwt = verifier.decode(token);
            verified.verified(token, jwt, jwt.getNotBefore(), jwt.getExpiresAt());
            return jwt;
        });
    }
}
