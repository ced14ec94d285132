package nl.hamerslag.gateway.security;

import nl.hamerslag.identity.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's token decoder, reusing a token it verified a moment ago ({@link VerifiedTokens}, ADR 0045). */
final class ReusingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens<Jwt> verified = new VerifiedTokens<>();

    ReusingReactiveJwtDecoder(ReactiveJwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        return verified.reuse(token).map(Mono::just).orElseGet(() -> verifier.decode(token)
                .doOnNext(jwt -> verified.verified(token, jwt, jwt.getNotBefore(), jwt.getExpiresAt())));
    }
}
