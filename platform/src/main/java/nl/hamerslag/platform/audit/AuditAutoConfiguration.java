package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.EventStoreAutoConfiguration;
import nl.hamerslag.platform.eventstore.HashChainVerifier;
import nl.hamerslag.platform.relay.KafkaAutoConfiguration;
import nl.hamerslag.platform.relay.RelayProperties;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import nl.hamerslag.contracts.Topics;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The audit log of every service (ADR 35): a Merkle tree over its events with signed tree
 * heads, witnessed on Kafka, and the auditor's endpoints under {@code /audit}. Nothing to do in a service.
 */
@AutoConfiguration(after = {EventStoreAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnProperty("hamerslag.kafka.service")
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    @Bean
    public AuditLogStore auditLogStore(JdbcTemplate jdbcTemplate, RelayProperties relay) {
        return new AuditLogStore(jdbcTemplate, relay.service());
    }

    @Bean
    public TreeHeadSigner treeHeadSigner(AuditProperties properties, RelayProperties relay,
                                         @Value("${hamerslag.data-dir}") Path dataDir) {
        Path keyDir = properties.keyDir() != null ? properties.keyDir() : dataDir.resolve("keys");
        return TreeHeadSigner.loadOrCreate(keyDir, relay.service());
    }

    @Bean
    public TreeHeadBuilder treeHeadBuilder(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                                           AuditLogStore auditLogStore, TreeHeadSigner treeHeadSigner,
                                           JsonMapper jsonMapper, AuditProperties properties) {
        return new TreeHeadBuilder(jdbcTemplate, new TransactionTemplate(transactionManager), auditLogStore,
                treeHeadSigner, new ProposalOfEvent(jsonMapper), Clock.systemUTC(), properties.lateCommitTimeout(),
                properties.batchSize());
    }

    @Bean
    public KafkaAdmin.NewTopics treeHeadTopic(RelayProperties relay) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(TreeHeadWitness.topic(relay.service()))
                .partitions(1)
                .replicas(relay.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, Topics.RETENTION_MS)
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(relay.minInsyncReplicas()))
                .build());
    }

    @Bean
    public TreeHeadWitness treeHeadWitness(KafkaTemplate<String, byte[]> relayKafkaTemplate,
                                           KafkaProperties kafkaProperties, JsonMapper jsonMapper,
                                           AuditLogStore auditLogStore, RelayProperties relay, AuditProperties properties) {
        return new TreeHeadWitness(relayKafkaTemplate, kafkaProperties.buildConsumerProperties(), jsonMapper,
                auditLogStore, relay.service(), properties.witnessTimeout());
    }

    @Bean
    TreeHeadSchedule treeHeadSchedule(TreeHeadBuilder treeHeadBuilder, TreeHeadWitness treeHeadWitness,
                                      AuditProperties properties) {
        return new TreeHeadSchedule(treeHeadBuilder, treeHeadWitness, properties.treeHeadInterval());
    }

    @Bean
    public AuditVerifier auditVerifier(JdbcTemplate jdbcTemplate, AuditLogStore auditLogStore,
                                       HashChainVerifier hashChainVerifier, TreeHeadSigner treeHeadSigner) {
        return new AuditVerifier(jdbcTemplate, auditLogStore, hashChainVerifier, treeHeadSigner.keyId());
    }

    @Bean
    public AuditTrail auditTrail(JdbcTemplate jdbcTemplate, AuditLogStore auditLogStore, AuditVerifier auditVerifier,
                                 HashChainVerifier hashChainVerifier, JsonMapper jsonMapper, RelayProperties relay,
                                 TreeHeadWitness treeHeadWitness, ObjectProvider<DossierDocuments> dossierDocuments) {
        return new AuditTrail(jdbcTemplate, auditLogStore, auditVerifier, hashChainVerifier, jsonMapper, relay.service(),
                treeHeadWitness::latest, dossierDocuments.orderedStream().toList());
    }

    @Bean
    public AuditorLooks auditorLooks(EventStore eventStore, PlatformTransactionManager transactionManager) {
        return new AuditorLooks(eventStore, new TransactionTemplate(transactionManager), Clock.systemUTC());
    }

    @Bean
    public AuditController auditController(AuditTrail auditTrail, AuditLogStore auditLogStore, AuditorLooks auditorLooks,
                                           TreeHeadSigner treeHeadSigner) {
        return new AuditController(auditTrail, auditLogStore, new Proofs(auditLogStore), auditorLooks,
                treeHeadSigner.keyId(), treeHeadSigner.publicKey());
    }
}
