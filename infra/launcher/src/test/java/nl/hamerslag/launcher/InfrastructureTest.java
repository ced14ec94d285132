package nl.hamerslag.launcher;

import nl.hamerslag.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The real embedded PostgreSQL and the real Kafka broker (as a child JVM from target/lib), on a temp
 * data folder and free ports; the services are not started (their jars may not exist yet).
 */
class InfrastructureTest {

    private static final Path REPO = Path.of("../..");

    @TempDir
    Path dataDir;

    @Test
    void startsPostgresWithTheFiveDatabasesAndKafkaWithTheFiveTopicsKeptForeverThenFreesEveryPort() throws Exception {
        LaunchSettings settings = LaunchSettings.forTests(REPO, dataDir);

        try (Infrastructure infra = Infrastructure.start(settings)) {
            assertThat(databases(infra)).contains("drafting", "approval", "meeting", "publication", "followup");
            assertThat(infra.kafkaBootstrap()).isEqualTo("localhost:" + settings.kafkaPort());
            try (Admin admin = admin(infra)) {
                Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames()
                        .get(30, TimeUnit.SECONDS);
                assertThat(topics).containsOnlyKeys(Topics.ALL);
                topics.values().forEach(t -> assertThat(t.partitions()).hasSize(Topics.PARTITIONS));
                List<ConfigResource> resources = Topics.ALL.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
                Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
                configs.values().forEach(c ->
                        assertThat(c.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo(Topics.RETENTION_MS));
            }
            assertThat(settings.keyDir().resolve("jwt-public.pem")).as("the signing key is made first").exists();
            assertThat(settings.logFile("kafka")).content().contains("Kafka Server started");
        }

        awaitPortsFree(settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort());
    }

    @Test
    void aSecondStartOnTheSameDataFolderKeepsTheDataOfTheFirst() throws Exception {
        LaunchSettings first = LaunchSettings.forTests(REPO, dataDir);
        try (Infrastructure infra = Infrastructure.start(first);
             Connection c = infra.database().connect("drafting");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        String clusterId = java.nio.file.Files.readString(dataDir.resolve("kafka/meta.properties"));

        LaunchSettings second = first.withFreePorts(); // other ports: the broker's quorum is static, so that works
        try (Infrastructure infra = Infrastructure.start(second);
             Connection c = infra.database().connect("drafting");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            try (Admin admin = admin(infra)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).containsAll(Topics.ALL);
            }
        }
        assertThat(java.nio.file.Files.readString(dataDir.resolve("kafka/meta.properties")))
                .as("the storage is not formatted again").isEqualTo(clusterId);
        awaitPortsFree(second.postgresPort(), second.kafkaPort(), second.kafkaControllerPort());
    }

    @Test
    void aSecondLauncherOnTheSameDataFolderIsRefused() {
        LaunchSettings settings = LaunchSettings.forTests(REPO, dataDir);
        try (Infrastructure infra = Infrastructure.start(settings)) {
            assertThatThrownBy(() -> Infrastructure.start(settings.withFreePorts()))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("another launcher is already running on the data folder");
        }
    }

    private static List<String> databases(Infrastructure infra) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = infra.database().connect("postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Admin admin(Infrastructure infra) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap()));
    }

    private static void awaitPortsFree(int... ports) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (int port : ports) {
                try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    assertThat(s.getLocalPort()).isEqualTo(port);
                } catch (IOException e) {
                    throw new AssertionError("port " + port + " is still taken", e);
                }
            }
        });
    }
}
