package nl.hamerslag.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature and claims were verified a moment ago, so the same token sent again (an app sends
 * its token with every request) is not verified again: the RSA check was about a fifth of the gateway's CPU per
 * request (docs/benchmarks.md). The key is the whole token, signature included, so only those exact bytes match.
 * <p>
 * A token is reused only while it is certainly still valid: after its {@code nbf}, before its {@code exp}, and for
 * at most {@link #REUSE} after it was verified, so a signing key withdrawn at the identity provider stops being
 * honoured within that time. Everything else (expired, not yet valid, never seen, refused) goes through the full
 * verification, so what is accepted is exactly what the verifier accepts. Bounded: when full, it is emptied and
 * tokens are verified afresh rather than memory growing with the number of users.
 *
 * @param <T> the verified form (Spring's {@code Jwt})
 */
public final class VerifiedTokens<T> {

    /** How long a verified token is reused at most (ADR 0045). */
    public static final Duration REUSE = Duration.ofMinutes(5);
    public static final int CAPACITY = 10_000;

    private final ConcurrentHashMap<String, Verified<T>> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    public VerifiedTokens() {
        this(Clock.systemUTC(), CAPACITY);
    }

    VerifiedTokens(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    /** The token as it was verified, while it may be reused; else empty (verify it). */
    public Optional<T> reuse(String token) {
        Verified<T> verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.reuseUntil())) {
            tokens.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.value());
    }

    /**
     * Keep a token the verifier just accepted. One without an expiry, or not yet valid, is not kept: it is verified
     * every time.
     */
    public void verified(String token, T value, Instant notBefore, Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt == null || (notBefore != null && notBefore.isAfter(now))) {
            return;
        }
        Instant until = now.plus(REUSE);
        if (expiresAt.isBefore(until)) {
            until = expiresAt;
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.clear();
        }
        tokens.put(token, new Verified<>(value, until));
    }

    int size() {
        return tokens.size();
    }

    private record Verified<T>(T value, Instant reuseUntil) {
    }
}
