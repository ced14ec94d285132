package nl.hamerslag.platform.serviceidentity;

import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.identity.TokenMinter;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Local mode: the local identity signs this service's token with the key in the data folder, the
 * same key the services validate every token with. The key is read at the first token, not at start,
 * so a service that never calls another does not need it.
 */
public class LocalServiceTokens implements ServiceTokens {

    private final Supplier<RSAKey> key;
    private final String service;
    private final Duration lifetime;
    private final Duration refreshBefore;
    private final Clock clock;
    private TokenMinter minter;
    private CachedToken cached;

    public LocalServiceTokens(Supplier<RSAKey> key, String service, Duration lifetime, Duration refreshBefore,
                              Clock clock) {
        this.key = key;
        this.service = service;
        this.lifetime = lifetime;
        this.refreshBefore = refreshBefore;
        this.clock = clock;
    }

    @Override
    public synchronized String current() {
        if (cached == null || !cached.freshAt(clock.instant())) {
            if (minter == null) {
                minter = new TokenMinter(key.get(), clock);
            }
            cached = CachedToken.of(minter.mintService(service, lifetime), clock.instant(), lifetime, refreshBefore);
        }
        return cached.value();
    }
}
