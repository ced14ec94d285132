package nl.hamerslag.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code hamerslag.*} settings the gateway reads: where its data folder is (the local signing key
 * lives in {@code keys/} there), which services stand behind it, and how long a health check may take.
 * The routes in {@code application.yml} read the same service URLs.
 */
@ConfigurationProperties("hamerslag")
public record HamerslagProperties(
        @DefaultValue(".hamerslag") Path dataDir,
        Map<String, Service> services,
        @DefaultValue("2s") Duration healthTimeout) {

    public HamerslagProperties {
        services = services == null ? Map.of() : new TreeMap<>(services);
    }

    public Path keyDir() {
        return dataDir.resolve("keys");
    }

    /** One service behind the gateway, by the base URL its routes and health check go to. */
    public record Service(URI url) {
    }
}
