package nl.hamerslag.launcher.compose;

import nl.hamerslag.contracts.EventHeaders;
import nl.hamerslag.contracts.ServiceCatalog;
import nl.hamerslag.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The compose broker's security, on a real broker from infra/kafka/server.properties with the users
 * and ACLs of infra/kafka/acls.csv applied through the Admin API (as kafka-setup applies them): each
 * service writes only its own topic, reads only what it consumes, in its own consumer group. Before
 * this, anyone who reached the broker could publish a {@code RouteCompleted} and make a proposal
 * APPROVED without a single signature.
 */
class KafkaAclIntegrationTest {

    @TempDir
    static Path dir;
    private static ScramBroker broker;

    @BeforeAll
    static void startBrokerWithTheComposeUsersTopicsAndAcls() throws Exception {
        broker = ScramBroker.start(dir);
        try (Admin admin = Admin.create(broker.clientConfig("admin", ScramBroker.ADMIN_PASSWORD))) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            List<NewTopic> topics = new ArrayList<>();
            for (ServiceCatalog s : ServiceCatalog.values()) {
                users.add(new UserScramCredentialUpsertion(s.shortName(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(s)));
                topics.add(new NewTopic(s.topic(), Topics.PARTITIONS, (short) 1));
                topics.add(new NewTopic(treeHeads(s), 1, (short) 1));
            }
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            List<AclBinding> acls = KafkaAclFile.read().stream().map(KafkaAclFile.Row::binding).toList();
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            // the controller has them once createAcls returns; the broker's authorizer a moment later
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                            .containsAll(acls));
        }
        for (ServiceCatalog s : ServiceCatalog.values()) {
            try (Admin admin = Admin.create(broker.clientConfig(s.shortName(), password(s)))) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                        admin.describeTopics(List.of(s.topic())).allTopicNames().get(10, TimeUnit.SECONDS).size() == 1);
            }
        }
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void approvalPublishesRouteCompletedOnItsOwnTopicWithTheRelaysIdempotentProducer() throws Exception {
        try (KafkaProducer<String, byte[]> approval = relayProducer(ServiceCatalog.APPROVAL)) {
            var sent = approval.send(routeCompleted(Topics.APPROVAL)).get(30, TimeUnit.SECONDS);

            assertThat(sent.topic()).isEqualTo(Topics.APPROVAL);
        }
    }

    @Test
    void theBrokerRefusesARouteCompletedForgedByDrafting() {
        try (KafkaProducer<String, byte[]> drafting = relayProducer(ServiceCatalog.DRAFTING)) {
            assertThatThrownBy(() -> drafting.send(routeCompleted(Topics.APPROVAL)).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void everyServiceWritesOnlyItsOwnEventsTopic() throws Exception {
        for (ServiceCatalog writer : ServiceCatalog.values()) {
            try (KafkaProducer<String, byte[]> producer = relayProducer(writer)) {
                for (ServiceCatalog owner : ServiceCatalog.values()) {
                    var send = producer.send(routeCompleted(owner.topic()));
                    if (owner == writer) {
                        assertThat(send.get(30, TimeUnit.SECONDS).topic()).isEqualTo(owner.topic());
                    } else {
                        assertThatThrownBy(() -> send.get(30, TimeUnit.SECONDS))
                                .as(writer.shortName() + " writing " + owner.topic())
                                .hasCauseInstanceOf(TopicAuthorizationException.class);
                    }
                }
            }
        }
    }

    @Test
    void draftingReadsApprovalsTopicInItsOwnConsumerGroup() throws Exception {
        String proposal = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> approval = relayProducer(ServiceCatalog.APPROVAL)) {
            approval.send(new ProducerRecord<>(Topics.APPROVAL, proposal, bytes("{}"))).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, byte[]> drafting = consumer(ServiceCatalog.DRAFTING, "drafting-service")) {
            drafting.subscribe(List.of(Topics.APPROVAL));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                drafting.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
                return keys.contains(proposal);
            });
            drafting.commitSync();
        }
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsume() {
        // approval consumes drafting's topic only; the meeting topic is none of its business
        try (KafkaConsumer<String, byte[]> approval = consumer(ServiceCatalog.APPROVAL, "approval-service")) {
            approval.subscribe(List.of(Topics.MEETING));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThatThrownBy(() -> approval.poll(Duration.ofMillis(500)))
                            .isInstanceOf(TopicAuthorizationException.class));
        }
    }

    @Test
    void aServiceCannotUseAnotherServicesConsumerGroup() {
        // in approval's group, drafting could commit approval's offsets past records approval never handled
        try (KafkaConsumer<String, byte[]> drafting = consumer(ServiceCatalog.DRAFTING, "approval-service")) {
            drafting.subscribe(List.of(Topics.APPROVAL));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThatThrownBy(() -> drafting.poll(Duration.ofMillis(500)))
                            .isInstanceOf(GroupAuthorizationException.class));
        }
    }

    @Test
    void everyServiceDescribesTheEventTopicsAndWritesAndReadsBackItsWitnessTopic() throws Exception {
        for (ServiceCatalog s : ServiceCatalog.values()) {
            try (Admin admin = Admin.create(broker.clientConfig(s.shortName(), password(s)))) {
                // what Spring's KafkaAdmin does at every start for the topics the platform declares
                assertThat(admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS)).hasSize(Topics.ALL.size());
            }
            try (KafkaProducer<String, byte[]> producer = relayProducer(s)) {
                producer.send(new ProducerRecord<>(treeHeads(s), 0, s.shortName(), bytes("{\"treeSize\":1}")))
                        .get(30, TimeUnit.SECONDS);
            }
            // as TreeHeadWitness.latest(): the partition assigned, no group
            Map<String, Object> config = broker.clientConfig(s.shortName(), password(s));
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            try (KafkaConsumer<String, byte[]> witness = new KafkaConsumer<>(config)) {
                TopicPartition partition = new TopicPartition(treeHeads(s), 0);
                witness.assign(List.of(partition));
                witness.seekToBeginning(List.of(partition));
                List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    witness.poll(Duration.ofMillis(500)).forEach(read::add);
                    return !read.isEmpty();
                });
            }
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = broker.clientConfig(ServiceCatalog.APPROVAL.shortName(), "guessed");
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.describeTopics(List.of(Topics.APPROVAL)).allTopicNames().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    /** The relay's producer settings (platform KafkaAutoConfiguration.relayKafkaTemplate). */
    private static KafkaProducer<String, byte[]> relayProducer(ServiceCatalog service) {
        Map<String, Object> config = broker.clientConfig(service.shortName(), password(service));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    private static KafkaConsumer<String, byte[]> consumer(ServiceCatalog service, String group) {
        Map<String, Object> config = broker.clientConfig(service.shortName(), password(service));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private static ProducerRecord<String, byte[]> routeCompleted(String topic) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, UUID.randomUUID().toString(),
                bytes("{\"outcome\":\"APPROVED\"}"));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes("RouteCompleted"));
        return record;
    }

    private static String treeHeads(ServiceCatalog s) {
        return "hamerslag." + s.shortName() + ".tree-heads.v1";
    }

    private static String password(ServiceCatalog s) {
        return s.shortName() + "-test-secret";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
