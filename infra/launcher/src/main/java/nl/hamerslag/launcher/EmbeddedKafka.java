package nl.hamerslag.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller, node id 1) as a child
 * JVM from the launcher's own jars: {@code java -cp <lib>/* kafka.Kafka server.properties}. Its log
 * goes to {@code logs/kafka.log}, its data to {@code kafka/} in the data folder.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}), so the ports may change between runs.
 * The storage is formatted once ({@code kafka.tools.StorageTool format}, also a child JVM); the
 * cluster id then lives in {@code kafka/meta.properties}.
 */
final class EmbeddedKafka {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    static final String NAME = "kafka";
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                    "-Dorg.slf4j.simpleLogger.showDateTime=true",
                    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                    "-Dorg.slf4j.simpleLogger.log.kafka.coordinator=warn",
                    "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.coordinator=warn");

    private EmbeddedKafka() {
    }

    /** Starts the broker (formatting its storage on the first run) and waits until it answers. */
    static ChildProcesses.NamedProcess start(LaunchSettings settings, ChildProcesses children) {
        return start(settings, children, false);
    }

    /** As {@link #start(LaunchSettings, ChildProcesses)}; a restart keeps the log, which tells why it died. */
    static ChildProcesses.NamedProcess start(LaunchSettings settings, ChildProcesses children, boolean keepLog) {
        Path kafkaDir = settings.dataDir().resolve("kafka");
        Path config = settings.dataDir().resolve("kafka-config").resolve("server.properties");
        Path log = settings.logFile(NAME);
        String classpath = classpath(settings);
        try {
            if (!keepLog) {
                Files.deleteIfExists(log);
            }
            Files.createDirectories(kafkaDir);
            Files.createDirectories(config.getParent());
            Files.writeString(config, serverProperties(settings, kafkaDir), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        if (!Files.exists(kafkaDir.resolve("meta.properties"))) {
            format(settings, children, classpath, config, log);
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Dkafka.logs.dir=" + settings.logDir(), "-cp", classpath, "kafka.Kafka",
                config.toString()));
        appendLine(log, "=== " + Instant.now() + " starting the broker on localhost:" + settings.kafkaPort());
        Process process = children.start(NAME, command, log, true);
        ChildProcesses.NamedProcess broker = new ChildProcesses.NamedProcess(NAME, process, log);
        try {
            awaitReady(bootstrap(settings), process, log, Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            children.stop(List.of(broker), Duration.ofSeconds(15));
            throw e;
        }
        return broker;
    }

    static String bootstrap(LaunchSettings settings) {
        return "localhost:" + settings.kafkaPort();
    }

    static String serverProperties(LaunchSettings settings, Path kafkaDir) {
        int port = settings.kafkaPort();
        int controller = settings.kafkaControllerPort();
        return String.join("\n",
                "# written by the Hamerslag launcher at every start; edits are lost",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controller,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + kafkaDir,
                "num.partitions=" + nl.hamerslag.contracts.Topics.PARTITIONS,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=-1",
                "num.io.threads=2",
                "num.network.threads=2",
                "background.threads=4",
                "");
    }

    private static void format(LaunchSettings settings, ChildProcesses children, String classpath, Path config, Path log) {
        String clusterId = Uuid.randomUuid().toString();
        appendLine(log, "=== " + Instant.now() + " formatting " + settings.dataDir().resolve("kafka")
                + " for cluster " + clusterId);
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                "--config", config.toString(), "--cluster-id", clusterId, "--ignore-formatted"));
        Process process = children.start("kafka-format", command, log, true);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LauncherException("formatting the Kafka storage took longer than 120 s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new LauncherException("interrupted while formatting the Kafka storage");
        }
        children.ended("kafka-format");
        if (process.exitValue() != 0) {
            throw new LauncherException("formatting the Kafka storage failed (exit " + process.exitValue() + "):\n"
                    + ChildProcesses.tail(log, 30));
        }
    }

    /** The broker's classpath: {@code infra/launcher/target/lib/*}, else this JVM's own (tests from an IDE). */
    private static String classpath(LaunchSettings settings) {
        Path lib = settings.launcherLibDir();
        if (Files.isDirectory(lib)) {
            return lib + File.separator + "*";
        }
        String own = System.getProperty("java.class.path");
        LOG.debug("{} is missing; the broker uses this JVM's classpath", lib);
        return own;
    }

    private static void awaitReady(String bootstrap, Process process, Path log, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new LauncherException("the Kafka broker exited early (exit " + process.exitValue()
                            + "); the end of " + log + ":\n" + ChildProcesses.tail(log, 30));
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    LOG.debug("broker not ready yet: {}", e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LauncherException("interrupted while waiting for the Kafka broker");
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new LauncherException("the Kafka broker did not answer on " + bootstrap + " within "
                            + timeout.toSeconds() + " s; the end of " + log + ":\n" + ChildProcesses.tail(log, 30));
                }
                pause(Duration.ofMillis(500));
            }
        }
    }

    /**
     * The wait between two readiness polls of a child process (the broker, a service's health
     * endpoint): they offer nothing to block on until they are ready, so the launcher looks again.
     */
    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }

    static void appendLine(Path log, String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + log, e);
        }
    }
}
