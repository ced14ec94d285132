package nl.hamerslag.launcher;

import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.identity.LocalSigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Starts the whole system on this machine: {@link Infrastructure} (PostgreSQL, Kafka), then the five
 * services and the gateway as their own JVMs, and waits until every one is healthy.
 *
 * <pre>{@code
 * try (RunningSystem system = HamerslagSystem.start(LaunchSettings.forTests(repoRoot, tempDir))) {
 *     String token = system.token(Role.AUTHOR);
 *     // HTTP calls to system.gatewayUrl() + "/api/..." with "Authorization: Bearer " + token
 * }
 * }</pre>
 */
public final class HamerslagSystem {

    private static final Logger LOG = LoggerFactory.getLogger(HamerslagSystem.class);
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /**
     * A component recording its class-data archive writes it after it stopped: some seconds each, and six at once
     * on a busy machine took more than 30 s (ADR 0046). Only on the first stop after a build.
     */
    static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(120);
    /**
     * Who fetches whose documents by content hash, directly and with its own token (ADR 27, 40): the
     * meeting package needs drafting's attachment bytes; a publication those, meeting's package PDF and
     * follow-up's settlement documents. No one else calls a service.
     */
    static final Map<ServiceCatalog, List<ServiceCatalog>> DOCUMENT_OWNERS = Map.of(
            ServiceCatalog.MEETING, List.of(ServiceCatalog.DRAFTING),
            ServiceCatalog.PUBLICATION, List.of(ServiceCatalog.DRAFTING, ServiceCatalog.MEETING, ServiceCatalog.FOLLOWUP));

    private HamerslagSystem() {
    }

    /**
     * Starts everything and returns once all six components answer UP on {@code /actuator/health}.
     * On failure (a missing jar, a process that exits, the health timeout) everything already started is
     * stopped again and a {@link LauncherException} says what went wrong, with the end of the log concerned.
     */
    public static RunningSystem start(LaunchSettings settings) {
        return start(settings, System.err);
    }

    /**
     * As {@link #start(LaunchSettings)}; once all are up a {@link Supervisor} restarts whatever dies and
     * reports it to {@code report}, and {@code status.json} in the data folder says how each one is.
     */
    public static RunningSystem start(LaunchSettings settings, PrintStream report) {
        requireJars(settings);
        // extracting the exec jars (first start after a build) overlaps the start of PostgreSQL and Kafka
        CompletableFuture<Void> extracted = ClassDataSharing.prepare(settings);
        Infrastructure infra = Infrastructure.start(settings);
        extracted.join();
        List<ChildProcesses.NamedProcess> processes = new ArrayList<>();
        RunningSystem system = null;
        try {
            system = new RunningSystem(settings, infra, processes, LocalSigningKey.loadOrCreate(settings.keyDir()));
            RunningSystem toClose = system;
            Thread hook = ShutdownHooks.register("hamerslag-shutdown", toClose::close);
            system.setShutdownHook(hook);
            infra.dropShutdownHook();
            for (Component c : Component.all()) {
                Path log = settings.logFile(c.module());
                LOG.info("starting {} on port {}", c.module(), settings.port(c));
                Process p = infra.children().start(c.module(), command(settings, infra.database(), infra.kafkaBootstrap(), c),
                        environment(settings), log, false);
                processes.add(new ChildProcesses.NamedProcess(c.module(), p, log));
            }
            awaitHealthy(settings, processes);
            system.supervise(supervise(settings, infra, processes, report));
            return system;
        } catch (RuntimeException e) {
            if (system != null) {
                system.close();
            } else {
                infra.close();
            }
            throw e;
        }
    }

    private static Supervisor supervise(LaunchSettings settings, Infrastructure infra,
                                        List<ChildProcesses.NamedProcess> processes, PrintStream report) {
        StatusFile status = new StatusFile(settings.dataDir());
        Supervisor supervisor = new Supervisor(Backoff.DEFAULT, report, components -> {
            List<ComponentStatus> all = new ArrayList<>(components);
            if (!settings.embeddedKafka()) {
                all.add(0, new ComponentStatus(EmbeddedKafka.NAME, ComponentStatus.EXTERNAL, 0,
                        settings.externalKafkaBootstrap(), 0, null, "-"));
            }
            all.add(databaseStatus(settings, infra.database()));
            try {
                status.write(all);
            } catch (UncheckedIOException e) {
                LOG.warn("{}; `./hamerslag status` shows an older state", e.getMessage());
            }
        }, Clock.systemUTC());
        ChildProcesses.NamedProcess broker = infra.broker();
        if (broker != null) {
            supervisor.watch(EmbeddedKafka.NAME, EmbeddedKafka.bootstrap(settings), broker.logFile(), broker.process(),
                    infra::restartBroker);
        }
        for (ChildProcesses.NamedProcess p : processes) {
            Component c = Component.parse(p.name());
            supervisor.watch(c.module(), baseUrl(settings, c), p.logFile(), p.process(), () -> infra.children().start(
                    c.module(), command(settings, infra.database(), infra.kafkaBootstrap(), c), environment(settings),
                    p.logFile(), true));
        }
        return supervisor;
    }

    /** PostgreSQL is not a child the launcher restarts (pg_ctl runs it detached), but `status` shows it too. */
    private static ComponentStatus databaseStatus(LaunchSettings settings, DatabaseServer db) {
        if (!settings.embeddedDatabase()) {
            return new ComponentStatus("postgresql", ComponentStatus.EXTERNAL, 0, settings.externalDatabase().jdbcUrl(), 0, null, "-");
        }
        long pid = ChildProcesses.readPid(settings.dataDir().resolve("postgres").resolve("postmaster.pid")).orElse(0L);
        return new ComponentStatus("postgresql", ComponentStatus.RUNNING, pid, "localhost:" + settings.postgresPort(),
                0, null, settings.logFile("postgres").toString());
    }

    /** The command line of one component, as the services expect it (ARCHITECTURE.md, "Running it"). */
    static List<String> command(LaunchSettings settings, DatabaseServer db, String kafkaBootstrap, Component c) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildProcesses.javaExecutable());
        cmd.addAll(settings.javaOptions());
        cmd.addAll(ClassDataSharing.jarArguments(settings, c));
        cmd.add("--server.port=" + settings.port(c));
        if (c.isService()) {
            cmd.add("--spring.datasource.url=" + db.jdbcUrl(c.database()));
            if (db.username() != null) {
                cmd.add("--spring.datasource.username=" + db.username());
            }
            if (db.password() != null) {
                cmd.add("--spring.datasource.password=" + db.password());
            }
            cmd.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrap);
            // no token-uri: in local mode a service signs its own token with the key in the data folder
            for (ServiceCatalog owner : DOCUMENT_OWNERS.getOrDefault(c.service().orElseThrow(), List.of())) {
                cmd.add("--hamerslag.documents.owners." + owner.shortName() + "=" + baseUrl(settings, Component.of(owner)));
            }
        }
        cmd.add("--hamerslag.data-dir=" + settings.dataDir());
        cmd.add("--spring.profiles.active=local");
        if (!c.isService()) {
            for (Component s : Component.SERVICES) {
                cmd.add("--hamerslag.services." + s.shortName() + ".url=" + baseUrl(settings, s));
            }
        }
        return cmd;
    }

    /** The exec jars that are missing; empty when all six are there. */
    public static List<Path> missingJars(Path repoRoot) {
        return Component.all().stream().map(c -> c.jar(repoRoot))
                .filter(p -> !Files.isRegularFile(p)).toList();
    }

    private static void requireJars(LaunchSettings settings) {
        List<Path> missing = missingJars(settings.repoRoot());
        if (!missing.isEmpty()) {
            throw new LauncherException("missing " + missing + "; build them with `./mvnw -B -DskipTests install` in "
                    + settings.repoRoot());
        }
    }

    private static void awaitHealthy(LaunchSettings settings, List<ChildProcesses.NamedProcess> processes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        Instant deadline = start.plus(settings.healthTimeout());
        Map<Component, ChildProcesses.NamedProcess> waiting = new LinkedHashMap<>();
        for (ChildProcesses.NamedProcess p : processes) {
            waiting.put(Component.parse(p.name()), p);
        }
        while (!waiting.isEmpty()) {
            Set<Component> healthy = new LinkedHashSet<>();
            for (Map.Entry<Component, ChildProcesses.NamedProcess> e : waiting.entrySet()) {
                Process process = e.getValue().process();
                if (!process.isAlive()) {
                    throw new LauncherException(e.getKey().module() + " exited early (exit " + process.exitValue()
                            + "); the end of " + e.getValue().logFile() + ":\n"
                            + ChildProcesses.tail(e.getValue().logFile(), 30));
                }
                if (isUp(http, healthUrl(settings, e.getKey()))) {
                    healthy.add(e.getKey());
                }
            }
            for (Component c : healthy) {
                waiting.remove(c);
                LOG.info("{} is up ({} s)", c.module(), Duration.between(start, Instant.now()).toSeconds());
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                StringBuilder msg = new StringBuilder("not healthy within " + settings.healthTimeout().toSeconds()
                        + " s: " + waiting.keySet().stream().map(Component::module).toList());
                for (ChildProcesses.NamedProcess p : waiting.values()) {
                    msg.append("\n--- the end of ").append(p.logFile()).append(" ---\n")
                            .append(ChildProcesses.tail(p.logFile(), 30));
                }
                throw new LauncherException(msg.toString());
            }
            EmbeddedKafka.pause(Duration.ofSeconds(1));
        }
    }

    static URI healthUrl(LaunchSettings settings, Component c) {
        return URI.create(baseUrl(settings, c) + "/actuator/health");
    }

    /** Where the launcher reaches a component: {@code http://localhost:8081}, or the bind address. */
    static String baseUrl(LaunchSettings settings, Component c) {
        return "http://" + settings.host() + ":" + settings.port(c);
    }

    /** What every component finds in its environment besides the launcher's own. */
    static Map<String, String> environment(LaunchSettings settings) {
        return Map.of(LaunchSettings.BIND, settings.bindAddress());
    }

    static boolean isUp(HttpClient http, URI url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the components");
        }
    }
}
