package nl.hamerslag.launcher;

import com.nimbusds.jose.jwk.RSAKey;
import nl.hamerslag.contracts.Role;
import nl.hamerslag.identity.DemoUser;
import nl.hamerslag.identity.DemoUsers;
import nl.hamerslag.identity.TokenMinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The started system: where each component listens, tokens for the demo users, and {@link #close()},
 * which stops the gateway and the services (SIGTERM, up to 15 s, then SIGKILL), then Kafka, then PostgreSQL.
 */
public final class RunningSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningSystem.class);

    private final LaunchSettings settings;
    private final Infrastructure infrastructure;
    private final List<ChildProcesses.NamedProcess> processes;
    private final TokenMinter minter;
    private Thread shutdownHook;
    private Supervisor supervisor;
    private boolean closed;

    RunningSystem(LaunchSettings settings, Infrastructure infrastructure, List<ChildProcesses.NamedProcess> processes,
                  RSAKey key) {
        this.settings = settings;
        this.infrastructure = infrastructure;
        this.processes = processes;
        this.minter = new TokenMinter(key);
    }

    void setShutdownHook(Thread hook) {
        this.shutdownHook = hook;
    }

    synchronized void supervise(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    /** Each component's state as {@code ./hamerslag status} shows it (without the live health). */
    public synchronized List<ComponentStatus> status() {
        return supervisor == null ? List.of() : supervisor.snapshot();
    }

    public LaunchSettings settings() {
        return settings;
    }

    /** {@code http://localhost:8080} (or the port and address the settings name). */
    public String gatewayUrl() {
        return url(Component.GATEWAY);
    }

    /** The base URL of one component: {@code "drafting-service"}, {@code "drafting"} or {@code "gateway"}. */
    public String serviceUrl(String component) {
        return url(Component.parse(component));
    }

    public String url(Component component) {
        return HamerslagSystem.baseUrl(settings, component);
    }

    /** A bearer token (without "Bearer ") for the demo user of this role, signed with the local key. */
    public String token(Role role) {
        return minter.mint(DemoUsers.forRole(role));
    }

    public String token(DemoUser user) {
        return minter.mint(user);
    }

    public TokenMinter tokenMinter() {
        return minter;
    }

    public Path logFile(String component) {
        return settings.logFile(Component.parse(component).module());
    }

    /** The PostgreSQL server, e.g. {@code database().connect("drafting")} to look at a service's tables. */
    public DatabaseServer database() {
        return infrastructure.database();
    }

    public String kafkaBootstrap() {
        return infrastructure.kafkaBootstrap();
    }

    /** True while every component process is still running (a restarted one counts with its new process). */
    public synchronized boolean allAlive() {
        return current().stream().allMatch(p -> p.process().isAlive());
    }

    /** The gateway's and the services' processes: the supervisor's latest once it runs. */
    private List<ChildProcesses.NamedProcess> current() {
        if (supervisor == null) {
            return new ArrayList<>(processes);
        }
        return supervisor.current().values().stream().filter(p -> !p.name().equals(EmbeddedKafka.NAME)).toList();
    }

    /** Stops everything; safe to call twice and from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ShutdownHooks.unregister(shutdownHook);
        if (supervisor != null) {
            supervisor.stop(); // first: the deaths that follow are the shutdown, not crashes
        }
        List<ChildProcesses.NamedProcess> running = current();
        if (!running.isEmpty()) {
            boolean recording = ClassDataSharing.recording(settings);
            LOG.info("stopping the gateway and the services{}", recording
                    ? "; they write their class-data archives first (once after a build), which takes a while" : "");
            infrastructure.children().stop(running, recording ? HamerslagSystem.RECORDING_STOP_GRACE
                    : HamerslagSystem.STOP_GRACE);
        }
        infrastructure.close();
        new StatusFile(settings.dataDir()).delete();
        LOG.info("stopped");
    }
}
