package nl.hamerslag.launcher;

import nl.hamerslag.contracts.ServiceCatalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A process of Hamerslag that the launcher starts from a Spring Boot fat jar
 * ({@code <repo>/<module>/target/<module>-exec.jar}), listening on its own port: every service of
 * {@link ServiceCatalog}, then the gateway, which is not a service (no database, no topic) but
 * routes to them all. Nothing here lists the services again: a new catalogue entry is a new component.
 */
public final class Component {

    /** The gateway, started last: it routes to every service. */
    public static final Component GATEWAY = new Component("gateway", "gateway", 8080, null);

    /** The services, each with its own database and topic, in catalogue order. */
    public static final List<Component> SERVICES = java.util.Arrays.stream(ServiceCatalog.values())
            .map(s -> new Component(s.module(), s.shortName(), s.port(), s)).toList();

    private static final List<Component> ALL = withGateway();

    private final String module;
    private final String shortName;
    private final int defaultPort;
    private final ServiceCatalog service;

    private Component(String module, String shortName, int defaultPort, ServiceCatalog service) {
        this.module = module;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
        this.service = service;
    }

    /** Every component in start order: the services, then the gateway. */
    public static List<Component> all() {
        return ALL;
    }

    public static Component of(ServiceCatalog service) {
        return SERVICES.get(service.ordinal());
    }

    /** The Maven module and the process name: {@code drafting-service}, {@code gateway}. */
    public String module() {
        return module;
    }

    /** {@code drafting}, ..., {@code gateway}: the route name in the gateway. */
    public String shortName() {
        return shortName;
    }

    public boolean isService() {
        return service != null;
    }

    /** The catalogue entry; empty for the gateway. */
    public Optional<ServiceCatalog> service() {
        return Optional.ofNullable(service);
    }

    /** The service's database; the gateway has none. */
    public String database() {
        return service().orElseThrow(() -> new IllegalStateException("the gateway has no database")).database();
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
        return ALL.stream()
                .filter(c -> c.module.equalsIgnoreCase(name) || c.shortName.equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown component '" + name + "'; use one of "
                        + ALL.stream().map(Component::module).toList()));
    }

    @Override
    public String toString() {
        return module;
    }

    private static List<Component> withGateway() {
        List<Component> all = new ArrayList<>(SERVICES);
        all.add(GATEWAY);
        return List.copyOf(all);
    }
}
