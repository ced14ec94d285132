package nl.hamerslag.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the launcher needs to know: where the repository and the data folder are, which ports
 * to use, and whether PostgreSQL or Kafka run elsewhere.
 *
 * @param repoRoot               the repository root: the exec jars are found under it
 * @param dataDir                absolute; holds keys/, postgres/, kafka/, logs/
 * @param ports                  one port per component
 * @param postgresPort           the embedded PostgreSQL's port (unused with an external database)
 * @param kafkaPort              the embedded broker's client port (unused with an external cluster)
 * @param kafkaControllerPort    the embedded broker's KRaft controller port
 * @param externalDatabase       null: run the embedded PostgreSQL
 * @param externalKafkaBootstrap null: run the embedded broker
 * @param healthTimeout          how long all components together may take to become healthy
 * @param javaOptions            the JVM options of each component process
 * @param bindAddress            where every component listens ({@code HAMERSLAG_BIND}, passed on to each)
 */
public record LaunchSettings(
        Path repoRoot,
        Path dataDir,
        Map<Component, Integer> ports,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        ExternalDatabase externalDatabase,
        String externalKafkaBootstrap,
        Duration healthTimeout,
        List<String> javaOptions,
        String bindAddress) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(240);
    public static final List<String> DEFAULT_JAVA_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public static final String DATA_DIR = "HAMERSLAG_DATA_DIR";
    public static final String PG_PORT = "HAMERSLAG_PG_PORT";
    public static final String KAFKA_PORT = "HAMERSLAG_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT = "HAMERSLAG_KAFKA_CONTROLLER_PORT";
    public static final String DB_URL = "HAMERSLAG_DB_URL";
    public static final String DB_USER = "HAMERSLAG_DB_USER";
    public static final String DB_PASSWORD = "HAMERSLAG_DB_PASSWORD";
    public static final String KAFKA_BOOTSTRAP = "HAMERSLAG_KAFKA_BOOTSTRAP";
    public static final String HEALTH_TIMEOUT = "HAMERSLAG_HEALTH_TIMEOUT";
    public static final String JAVA_OPTS = "HAMERSLAG_JAVA_OPTS";
    public static final String BIND = "HAMERSLAG_BIND";
    /** Loopback: the demo tokens are valid for a day, so nothing listens beyond this machine unless asked. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    public LaunchSettings {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        Map<Component, Integer> copy = new LinkedHashMap<>();
        for (Component c : Component.all()) {
            Integer port = ports.get(c);
            if (port == null) {
                throw new IllegalArgumentException("no port for " + c.module());
            }
            copy.put(c, checkPort(c.portVariable(), port));
        }
        ports = Collections.unmodifiableMap(copy);
        checkPort(PG_PORT, postgresPort);
        checkPort(KAFKA_PORT, kafkaPort);
        checkPort(KAFKA_CONTROLLER_PORT, kafkaControllerPort);
        if (externalKafkaBootstrap != null && externalKafkaBootstrap.isBlank()) {
            externalKafkaBootstrap = null;
        }
        if (healthTimeout == null || healthTimeout.isNegative() || healthTimeout.isZero()) {
            throw new IllegalArgumentException(HEALTH_TIMEOUT + " must be a positive number of seconds");
        }
        javaOptions = List.copyOf(javaOptions);
        if (bindAddress == null || bindAddress.isBlank() || bindAddress.strip().contains(" ")) {
            throw new IllegalArgumentException(BIND + " must be one address such as 127.0.0.1 or 0.0.0.0, got '"
                    + bindAddress + "'");
        }
        bindAddress = bindAddress.strip();
        checkDistinctPorts(ports, postgresPort, kafkaPort, kafkaControllerPort, externalDatabase == null,
                externalKafkaBootstrap == null);
    }

    /** The defaults: {@code <repo>/.hamerslag}, ports 8080-8085, 15432, 19092/19093, everything embedded. */
    public static LaunchSettings defaults(Path repoRoot) {
        return fromEnvironment(Map.of(), repoRoot);
    }

    /** The settings from the process's environment. */
    public static LaunchSettings fromEnvironment(Path repoRoot) {
        return fromEnvironment(System.getenv(), repoRoot);
    }

    /**
     * The settings from these environment variables (see {@link #ENVIRONMENT_HELP}); a missing or empty
     * variable means its default. A bad value is an {@link IllegalArgumentException} naming the variable.
     */
    public static LaunchSettings fromEnvironment(Map<String, String> env, Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        Path dataDir = value(env, DATA_DIR) == null ? root.resolve(".hamerslag") : Path.of(value(env, DATA_DIR));
        Map<Component, Integer> ports = new LinkedHashMap<>();
        for (Component c : Component.all()) {
            ports.put(c, port(env, c.portVariable(), c.defaultPort()));
        }
        int pgPort = port(env, PG_PORT, DEFAULT_POSTGRES_PORT);
        int kafkaPort = port(env, KAFKA_PORT, DEFAULT_KAFKA_PORT);
        int controllerPort = port(env, KAFKA_CONTROLLER_PORT, kafkaPort == 65535 ? kafkaPort - 1 : kafkaPort + 1);
        ExternalDatabase db = value(env, DB_URL) == null ? null
                : new ExternalDatabase(value(env, DB_URL), value(env, DB_USER), value(env, DB_PASSWORD));
        Duration timeout = DEFAULT_HEALTH_TIMEOUT;
        if (value(env, HEALTH_TIMEOUT) != null) {
            try {
                timeout = Duration.ofSeconds(Long.parseLong(value(env, HEALTH_TIMEOUT)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(HEALTH_TIMEOUT + " must be a number of seconds, got '"
                        + value(env, HEALTH_TIMEOUT) + "'");
            }
        }
        List<String> javaOptions = value(env, JAVA_OPTS) == null ? DEFAULT_JAVA_OPTIONS
                : Arrays.asList(value(env, JAVA_OPTS).trim().split("\\s+"));
        return new LaunchSettings(root, dataDir, ports, pgPort, kafkaPort, controllerPort, db,
                value(env, KAFKA_BOOTSTRAP), timeout, javaOptions,
                value(env, BIND) == null ? DEFAULT_BIND : value(env, BIND));
    }

    /** For tests: the defaults with this data folder and a free random port for everything. */
    public static LaunchSettings forTests(Path repoRoot, Path dataDir) {
        return defaults(repoRoot).withDataDir(dataDir).withFreePorts();
    }

    /** A copy with a free random port (on this machine, right now) for every component, PostgreSQL and Kafka. */
    public LaunchSettings withFreePorts() {
        List<Integer> free = freePorts(Component.all().size() + 3);
        Map<Component, Integer> newPorts = new LinkedHashMap<>();
        int i = 0;
        for (Component c : Component.all()) {
            newPorts.put(c, free.get(i++));
        }
        return new LaunchSettings(repoRoot, dataDir, newPorts, free.get(i), free.get(i + 1), free.get(i + 2),
                externalDatabase, externalKafkaBootstrap, healthTimeout, javaOptions, bindAddress);
    }

    public LaunchSettings withDataDir(Path newDataDir) {
        return new LaunchSettings(repoRoot, newDataDir, ports, postgresPort, kafkaPort, kafkaControllerPort,
                externalDatabase, externalKafkaBootstrap, healthTimeout, javaOptions, bindAddress);
    }

    public LaunchSettings withHealthTimeout(Duration timeout) {
        return new LaunchSettings(repoRoot, dataDir, ports, postgresPort, kafkaPort, kafkaControllerPort,
                externalDatabase, externalKafkaBootstrap, timeout, javaOptions, bindAddress);
    }

    public LaunchSettings withExternalDatabase(ExternalDatabase database) {
        return new LaunchSettings(repoRoot, dataDir, ports, postgresPort, kafkaPort, kafkaControllerPort,
                database, externalKafkaBootstrap, healthTimeout, javaOptions, bindAddress);
    }

    public LaunchSettings withExternalKafka(String bootstrapServers) {
        return new LaunchSettings(repoRoot, dataDir, ports, postgresPort, kafkaPort, kafkaControllerPort,
                externalDatabase, bootstrapServers, healthTimeout, javaOptions, bindAddress);
    }

    public LaunchSettings withJavaOptions(List<String> options) {
        return new LaunchSettings(repoRoot, dataDir, ports, postgresPort, kafkaPort, kafkaControllerPort,
                externalDatabase, externalKafkaBootstrap, healthTimeout, options, bindAddress);
    }

    /**
     * The host the launcher itself uses to reach the components (health polls, printed URLs, the
     * gateway's routes): {@code localhost} when they listen on loopback or on every interface, else
     * the one address they listen on.
     */
    public String host() {
        String a = bindAddress.replaceAll("^\\[|]$", "");
        boolean wildcard = a.equals("0.0.0.0") || a.matches("[0:]+");
        boolean loopback = a.equals("127.0.0.1") || a.equals("::1") || a.equalsIgnoreCase("localhost");
        if (wildcard || loopback) {
            return "localhost";
        }
        return a.contains(":") ? "[" + a + "]" : a;
    }

    public int port(Component component) {
        return ports.get(component);
    }

    public boolean embeddedDatabase() {
        return externalDatabase == null;
    }

    public boolean embeddedKafka() {
        return externalKafkaBootstrap == null;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path keyDir() {
        return dataDir.resolve("keys");
    }

    public Path logFile(String processName) {
        return logDir().resolve(processName + ".log");
    }

    /** Where the launcher's runtime jars are: the broker runs from them. */
    public Path launcherLibDir() {
        return repoRoot.resolve("infra").resolve("launcher").resolve("target").resolve("lib");
    }

    /** One line per environment variable, for {@code hamerslag help}. */
    public static final String ENVIRONMENT_HELP = String.join("\n",
            "  " + DATA_DIR + "            data folder (keys, PostgreSQL data, Kafka log, process logs);",
            "                                default <repo>/.hamerslag",
            portHelp(),
            "  " + PG_PORT + "             embedded PostgreSQL port, default " + DEFAULT_POSTGRES_PORT,
            "  " + KAFKA_PORT + "          embedded Kafka broker port, default " + DEFAULT_KAFKA_PORT,
            "  " + KAFKA_CONTROLLER_PORT + " its KRaft controller port, default the broker port + 1",
            "  " + DB_URL + "              use this PostgreSQL server instead of the embedded one,",
            "                                e.g. jdbc:postgresql://db:5432/ (the five databases are created if missing)",
            "  " + DB_USER + "             its user name",
            "  " + DB_PASSWORD + "         its password",
            "  " + KAFKA_BOOTSTRAP + "     use this Kafka cluster instead of the embedded broker,",
            "                                e.g. kafka:9092 (the five topics are created if missing)",
            "  " + HEALTH_TIMEOUT + "      seconds to wait for every component to be healthy, default 240",
            "  " + JAVA_OPTS + "           JVM options of each component, default \""
                    + String.join(" ", DEFAULT_JAVA_OPTIONS) + "\"",
            "  " + BIND + "                where every service and the gateway listen, default " + DEFAULT_BIND
                    + " (this machine",
            "                                only); 0.0.0.0 for every interface: the launcher still talks to them",
            "                                through localhost");

    private static String portHelp() {
        return String.join("\n", Component.all().stream()
                .map(c -> String.format("  %-29s %s port, default %d", c.portVariable(), c.module(), c.defaultPort()))
                .toList());
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String v = value(env, name);
        if (v == null) {
            return defaultPort;
        }
        try {
            return checkPort(name, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, got '" + v + "'");
        }
    }

    private static int checkPort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, got '" + port + "'");
        }
        return port;
    }

    private static void checkDistinctPorts(Map<Component, Integer> ports, int pgPort, int kafkaPort,
                                           int controllerPort, boolean pgUsed, boolean kafkaUsed) {
        Map<String, Integer> used = new LinkedHashMap<>();
        ports.forEach((c, p) -> used.put(c.portVariable(), p));
        if (pgUsed) {
            used.put(PG_PORT, pgPort);
        }
        if (kafkaUsed) {
            used.put(KAFKA_PORT, kafkaPort);
            used.put(KAFKA_CONTROLLER_PORT, controllerPort);
        }
        Map<Integer, String> byPort = new LinkedHashMap<>();
        used.forEach((name, port) -> {
            String other = byPort.putIfAbsent(port, name);
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + name + " both use port " + port);
            }
        });
    }

    private static List<Integer> freePorts(int count) {
        // hold every socket open until all are chosen, so no port is handed out twice
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            Set<Integer> ports = new HashSet<>();
            while (ports.size() < count) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                s.setReuseAddress(true);
                sockets.add(s);
                ports.add(s.getLocalPort());
            }
            return sockets.stream().map(ServerSocket::getLocalPort).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // a port we only looked at
                }
            }
        }
    }
}
