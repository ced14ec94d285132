package nl.hamerslag.platform.serviceidentity;

import java.time.Duration;
import java.time.Instant;

/**
 * A token and the moment it should be replaced: {@code refreshBefore} ahead of its expiry, so a
 * token is never sent that expires on its way; at half its life when it lives shorter than that.
 */
record CachedToken(String value, Instant replaceAt) {

    static CachedToken of(String value, Instant issuedAt, Duration lifetime, Duration refreshBefore) {
        Duration usable = lifetime.compareTo(refreshBefore.multipliedBy(2)) > 0
                ? lifetime.minus(refreshBefore) : lifetime.dividedBy(2);
        return new CachedToken(value, issuedAt.plus(usable));
    }

    boolean freshAt(Instant now) {
        return now.isBefore(replaceAt);
    }
}
