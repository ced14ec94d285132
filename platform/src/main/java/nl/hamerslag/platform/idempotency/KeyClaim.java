package nl.hamerslag.platform.idempotency;

import java.util.UUID;

/**
 * One request's hold on a caller's key. The id tells it apart from a retry that took the key over after the
 * in-progress timeout, so that only the current holder stores or frees the answer.
 */
record KeyClaim(String key, String caller, UUID id) {

    static KeyClaim newClaim(String key, String caller) {
        return new KeyClaim(key, caller, UUID.randomUUID());
    }
}
