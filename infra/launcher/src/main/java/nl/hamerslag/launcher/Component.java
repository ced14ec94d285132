package nl.hamerslag.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The six processes of Hamerslag, in start order: the five services, then the gateway. Each is the
 * Spring Boot fat jar {@code <repo>/<module>/target/<module>-exec.jar}, listening on its own port.
 */
public enum Component {
    DRAFTING("drafting-service", "drafting", 8081),
    APPROVAL("approval-service", "approval", 8082),
    MEETING("meeting-service", "meeting", 8083),
    PUBLICATION("publication-service", "publication", 8084),
    FOLLOWUP("followup-service", "followup", 8085),
    GATEWAY("gateway", "gateway", 8080);

    /** The five services, each with its own database and topic (the gateway has neither). */
    public static final List<Component> SERVICES = List.of(DRAFTING, APPROVAL, MEETING, PUBLICATION, FOLLOWUP);

    private final String module;
    private final String shortName;
    private final int defaultPort;

    Component(String module, String shortName, int defaultPort) {
        this.module = module;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
    }

    /** The Maven module and the process name: {@code drafting-service}, {@code gateway}. */
    public String module() {
        return module;
    }

    /** {@code drafting}, ..., {@code gateway}: the database name of a service, and its route name in the gateway. */
    public String shortName() {
        return shortName;
    }

    public boolean isService() {
        return this != GATEWAY;
    }

    /** The service's database; the gateway has none. */
    public String database() {
        if (!isService()) {
            throw new IllegalStateException("the gateway has no database");
        }
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** {@code HAMERSLAG_DRAFTING_PORT}, ..., {@code HAMERSLAG_GATEWAY_PORT}. */
    public String portVariable() {
        return "HAMERSLAG_" + shortName.toUpperCase(Locale.ROOT) + "_PORT";
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
    }

    /** Accepts {@code drafting-service}, {@code drafting}, {@code DRAFTING}, {@code gateway}. */
    public static Component parse(String name) {
        return Arrays.stream(values())
                .filter(c -> c.module.equalsIgnoreCase(name) || c.shortName.equalsIgnoreCase(name)
                        || c.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown component '" + name + "'; use one of "
                        + Arrays.stream(values()).map(Component::module).toList()));
    }
}
