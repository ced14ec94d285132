package nl.hamerslag.contracts;

import java.util.Arrays;
import java.util.Locale;

/**
 * The services of Hamerslag, the one list everything else derives from or is checked against: the
 * launcher's components, the Kafka topics ({@link Topics#ALL}), the gateway's routes, the databases
 * of the init script and of compose, and the architecture rules. The gateway is not a service (it
 * has no events, no database): the launcher adds it as a component of its own.
 *
 * <p>A new service gets an entry here first; the agreement test in {@code infra/launcher} then names
 * every file that does not know it yet.
 */
public enum ServiceCatalog {

    /** Opstellen: proposals from draft to submission, attachments, revisions. */
    DRAFTING("drafting", 8081),
    /** Accorderen: the approval route of a submitted proposal. */
    APPROVAL("approval", 8082),
    /** Vergaderen en besluiten: bodies, meetings, agendas, decisions. */
    MEETING("meeting", 8083),
    /** Publiceren: publication of decisions and documents. */
    PUBLICATION("publication", 8084),
    /** Opvolging: follow-up of decisions, commitments and motions. */
    FOLLOWUP("followup", 8085);

    private final String shortName;
    private final int port;

    ServiceCatalog(String shortName, int port) {
        this.shortName = shortName;
        this.port = port;
    }

    /** {@code drafting}: the package {@code nl.hamerslag.drafting}, the gateway's route id, {@code hamerslag.kafka.service}. */
    public String shortName() {
        return shortName;
    }

    /** {@code drafting-service}: the Maven module, {@code spring.application.name}, the process and compose service name. */
    public String module() {
        return shortName + "-service";
    }

    /** The default (local) HTTP port; in compose every service listens on 8080 inside its container. */
    public int port() {
        return port;
    }

    /** The one topic this service publishes to: {@code hamerslag.drafting.events.v1}. */
    public String topic() {
        // computed, not a field: Topics.ALL derives from this enum, so neither may need the other to initialise
        return Topics.of(shortName);
    }

    /** The service's own PostgreSQL database. */
    public String database() {
        return shortName;
    }

    /** The root package of the service's code: {@code nl.hamerslag.drafting}. */
    public String basePackage() {
        return "nl.hamerslag." + shortName;
    }

    /** Accepts {@code drafting}, {@code drafting-service} or {@code DRAFTING}. */
    public static ServiceCatalog parse(String name) {
        return Arrays.stream(values())
                .filter(s -> s.shortName.equalsIgnoreCase(name) || s.module().equalsIgnoreCase(name)
                        || s.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + name + "'; use one of "
                        + Arrays.stream(values()).map(ServiceCatalog::shortName).toList()));
    }
}
