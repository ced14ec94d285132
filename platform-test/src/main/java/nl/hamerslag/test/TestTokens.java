package nl.hamerslag.test;

import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.LocalSigningKey;
import nl.hamerslag.identity.TokenMinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Bearer tokens for tests, signed by a key made once per JVM in a temporary data folder; the
 * services under test validate them with that folder's public key, exactly as in local mode.
 */
public final class TestTokens {

    private static Path dataDir;
    private static TokenMinter minter;

    private TestTokens() {
    }

    public static synchronized Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("hamerslag-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RSAKey key = LocalSigningKey.loadOrCreate(dataDir.resolve("keys"));
            minter = new TokenMinter(key);
        }
        return dataDir;
    }

    /** A token for the demo user that holds {@code role}. */
    public static String forRole(Role role) {
        dataDir();
        return minter.mint(DemoUsers.forRole(role));
    }

    /** A token for any subject, e.g. a second author. */
    public static String forUser(String subject, String name, String department, Role... roles) {
        dataDir();
        return minter.mint(subject, name, List.of(roles), department, Duration.ofHours(1));
    }

    /**
     * A service's own token, as the local identity mints it ({@code TokenMinter#mintService}): the
     * receiving service sees a SYSTEM caller.
     */
    public static String forService(String shortName) {
        dataDir();
        return minter.mintService(shortName, Duration.ofMinutes(5));
    }

    public static String bearer(Role role) {
        return "Bearer " + forRole(role);
    }
}
