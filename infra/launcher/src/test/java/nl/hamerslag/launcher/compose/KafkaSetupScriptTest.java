package nl.hamerslag.launcher.compose;

import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * infra/kafka/setup.sh itself (what the kafka-setup container runs), against a real SCRAM broker from
 * infra/kafka/server.properties, with Kafka's own command-line tools: afterwards the broker holds a
 * SCRAM user per service, the ten topics as the platform declares them, and exactly the ACLs of
 * acls.csv; a second run (compose runs it at every {@code up}) changes nothing and still succeeds.
 */
class KafkaSetupScriptTest {

    @TempDir
    static Path dir;
    private static ScramBroker broker;
    private static String firstRun;
    private static String secondRun;

    @BeforeAll
    static void runTheSetupScriptTwice() throws Exception {
        broker = ScramBroker.start(dir);
        Path bin = kafkaTools(dir.resolve("bin"));
        firstRun = setup(bin);
        secondRun = setup(bin);
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void appliesExactlyTheRowsOfTheAclTable() throws Exception {
        List<AclBinding> expected = KafkaAclFile.read().stream().map(KafkaAclFile.Row::binding).toList();
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS)))
                            .isEqualTo(new HashSet<>(expected)));
        }
        assertThat(firstRun).contains("kafka-setup: users, topics and " + expected.size() + " ACL rows from acls.csv are in place");
        assertThat(secondRun).contains("kafka-setup: users, topics and " + expected.size() + " ACL rows");
    }

    @Test
    void createsEveryEventTopicAndWitnessTopicKeptForever() throws Exception {
        List<String> witnesses = new ArrayList<>();
        for (ServiceCatalog s : ServiceCatalog.values()) {
            witnesses.add("hamerslag." + s.shortName() + ".tree-heads.v1");
        }
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(concat(Topics.ALL, witnesses)).allTopicNames().get(30, TimeUnit.SECONDS);
            Topics.ALL.forEach(t -> assertThat(topics.get(t).partitions()).as(t).hasSize(Topics.PARTITIONS));
            witnesses.forEach(t -> assertThat(topics.get(t).partitions()).as(t).hasSize(1));
            List<ConfigResource> resources = concat(Topics.ALL, witnesses).stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            configs.forEach((topic, config) -> assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .as(topic.name()).isEqualTo(Topics.RETENTION_MS));
        }
    }

    @Test
    void givesEveryServiceAScramUserThatLogsInWithThePasswordFromTheEnvironment() throws Exception {
        try (Admin admin = admin()) {
            Map<String, UserScramCredentialsDescription> users = admin.describeUserScramCredentials().all().get(30, TimeUnit.SECONDS);
            for (ServiceCatalog s : ServiceCatalog.values()) {
                assertThat(users).containsKey(s.shortName());
            }
        }
        for (ServiceCatalog s : ServiceCatalog.values()) {
            Map<String, Object> config = broker.clientConfig(s.shortName(), password(s));
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
                assertThat(producer.send(new ProducerRecord<>(s.topic(), "k", new byte[0])).get(30, TimeUnit.SECONDS).topic())
                        .isEqualTo(s.topic());
            }
        }
    }

    /** kafka-configs.sh, kafka-topics.sh, kafka-acls.sh as in the image's /opt/kafka/bin, on this test's classpath. */
    private static Path kafkaTools(Path bin) throws IOException {
        Files.createDirectories(bin);
        Path args = bin.resolve("classpath.args");
        // an @argfile: the classpath is too long for some shells' command lines, and needs no quoting there
        Files.writeString(args, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> tools = Map.of("kafka-configs.sh", "kafka.admin.ConfigCommand",
                "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");
        for (Map.Entry<String, String> tool : tools.entrySet()) {
            Path script = bin.resolve(tool.getKey());
            Files.writeString(script, "#!/bin/bash\nexec '" + java + "' -Xmx256m -XX:TieredStopAtLevel=1 @'" + args + "' "
                    + tool.getValue() + " \"$@\"\n");
            assertThat(script.toFile().setExecutable(true)).isTrue();
        }
        return bin;
    }

    private static String setup(Path bin) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "setup", ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("../kafka/setup.sh").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.put("KAFKA_BIN", bin.toString());
        env.put("KAFKA_BOOTSTRAP", broker.bootstrap());
        env.put("KAFKA_ACLS", KafkaAclFile.FILE.toAbsolutePath().toString());
        env.put("KAFKA_ADMIN_PASSWORD", ScramBroker.ADMIN_PASSWORD);
        for (ServiceCatalog s : ServiceCatalog.values()) {
            env.put("KAFKA_" + s.shortName().toUpperCase(Locale.ROOT) + "_PASSWORD", password(s));
        }
        Process process = pb.start();
        boolean done = process.waitFor(10, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done && process.exitValue() == 0).as("setup.sh exited 0; its output:\n" + log).isTrue();
        return log;
    }

    private static Admin admin() {
        return Admin.create(broker.clientConfig("admin", ScramBroker.ADMIN_PASSWORD));
    }

    private static String password(ServiceCatalog s) {
        return s.shortName() + "-setup-secret";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
