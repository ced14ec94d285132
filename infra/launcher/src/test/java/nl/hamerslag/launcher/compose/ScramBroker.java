package nl.hamerslag.launcher.compose;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real broker (the kafka_2.13 jars in infra/launcher/target/lib, a child JVM) configured from the
 * compose broker's own infra/kafka/server.properties: SASL/SCRAM-SHA-512 on the client listener,
 * StandardAuthorizer, no ACL means no access. Only the ports and the data directory differ. The
 * admin's SCRAM credential is added when the storage is formatted, as infra/kafka/start-broker.sh does.
 */
final class ScramBroker implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-test-secret";
    private static final Path SERVER_PROPERTIES = Path.of("../kafka/server.properties");
    private static final Path LIB = Path.of("target/lib");

    private final Process process;
    private final Path log;
    private final int clientPort;

    private ScramBroker(Process process, Path log, int clientPort) {
        this.process = process;
        this.log = log;
        this.clientPort = clientPort;
    }

    static ScramBroker start(Path dir) throws IOException, InterruptedException {
        if (!Files.isDirectory(LIB)) {
            throw new IllegalStateException(LIB.toAbsolutePath() + " is missing: build the launcher module first (it is "
                    + "filled at process-classes)");
        }
        int client = freePort();
        int broker = freePort();
        int controller = freePort();
        Properties config = new Properties();
        try (Reader r = Files.newBufferedReader(SERVER_PROPERTIES, StandardCharsets.UTF_8)) {
            config.load(r);
        }
        config.setProperty("listeners", "CLIENT://localhost:" + client + ",BROKER://localhost:" + broker
                + ",CONTROLLER://localhost:" + controller);
        config.setProperty("advertised.listeners", "CLIENT://localhost:" + client + ",BROKER://localhost:" + broker);
        config.setProperty("controller.quorum.voters", "1@localhost:" + controller);
        config.setProperty("log.dirs", dir.resolve("data").toString());
        config.setProperty("num.io.threads", "2");
        config.setProperty("num.network.threads", "2");
        Path file = dir.resolve("server.properties");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            config.store(w, "infra/kafka/server.properties with test ports");
        }
        Path log = dir.resolve("kafka.log");
        String classpath = LIB.toAbsolutePath() + File.separator + "*";
        Process format = java(classpath, log, "kafka.tools.StorageTool", "format", "--config", file.toString(),
                "--cluster-id", Uuid.randomUuid().toString(),
                "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + ADMIN_PASSWORD + "]");
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting the broker's storage failed; see " + log + ":\n" + Files.readString(log));
        }
        ScramBroker running = new ScramBroker(java(classpath, log, "kafka.Kafka", file.toString()), log, client);
        try (Admin admin = Admin.create(running.clientConfig("admin", ADMIN_PASSWORD))) {
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        } catch (RuntimeException e) {
            running.close();
            throw new IllegalStateException("the broker did not come up; see " + log, e);
        }
        return running;
    }

    /** SASL/SCRAM-SHA-512 client settings for one user, as the services get them in compose. */
    Map<String, Object> clientConfig(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + user + "\" password=\"" + password + "\";");
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return config;
    }

    /** The SASL/SCRAM client listener, as {@code kafka:9092} is in compose. */
    String bootstrap() {
        return "localhost:" + clientPort;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process java(String classpath, Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
