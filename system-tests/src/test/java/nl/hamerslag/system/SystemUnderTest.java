package nl.hamerslag.system;

import nl.hamerslag.launcher.HamerslagSystem;
import nl.hamerslag.launcher.LaunchSettings;
import nl.hamerslag.launcher.RunningSystem;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the whole system once for all system tests, exactly as {@code ./hamerslag up} does (the
 * embedded PostgreSQL, a real Kafka broker, every service and the gateway in their own JVMs), on
 * free ports and a fresh data folder, and stops it when the test run ends.
 */
public final class SystemUnderTest implements BeforeAllCallback {

    private static RunningSystem system;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SystemUnderTest.class, key -> start(), AutoCloseable.class);
    }

    private static synchronized AutoCloseable start() {
        Path repo = Path.of(System.getProperty("hamerslag.repo", "..")).toAbsolutePath().normalize();
        try {
            Path dataDir = Files.createTempDirectory("hamerslag-system-");
            system = HamerslagSystem.start(LaunchSettings.forTests(repo, dataDir)
                    .withHealthTimeout(healthTimeout()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return system::close;
    }

    /**
     * How long the services may take to become healthy: 5 minutes, or {@code -Dhamerslag.health-timeout}
     * (ISO-8601, e.g. PT15M) on a machine so loaded that a service takes minutes to start.
     */
    private static Duration healthTimeout() {
        return Duration.parse(System.getProperty("hamerslag.health-timeout", "PT5M"));
    }

    public static RunningSystem system() {
        return system;
    }
}
