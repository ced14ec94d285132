package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Kafka for every service: the topics (created when missing, retained forever) and the relay from the
 * event store to this service's topic, with its health. Consumer errors: see
 * {@code nl.hamerslag.platform.consumer.ConsumerErrorsAutoConfiguration}.
 */
@AutoConfiguration
@EnableConfigurationProperties(RelayProperties.class)
public class KafkaAutoConfiguration {

    @Bean
    public KafkaAdmin.NewTopics hamerslagTopics(RelayProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .map(name -> topic(name, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, RelayProperties properties) {
        return TopicBuilder.name(name)
                .partitions(Topics.PARTITIONS)
                .replicas(properties.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, Topics.RETENTION_MS)
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(properties.minInsyncReplicas()))
                .build();
    }

    /** A producer of its own: acks=all and idempotence are not left to the service's configuration. */
    @Bean
    public KafkaTemplate<String, byte[]> relayKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    @ConditionalOnProperty("hamerslag.kafka.service")
    public KafkaRelay kafkaRelay(KafkaTemplate<String, byte[]> relayKafkaTemplate, JsonMapper jsonMapper,
                                 RelayProperties properties,
                                 @Value("${spring.application.name}") String applicationName,
                                 RelayHealth relayHealthIndicator) {
        return new KafkaRelay(relayKafkaTemplate, jsonMapper, Topics.of(properties.service()), applicationName,
                properties.sendTimeout(), relayHealthIndicator);
    }

    /** Health "relay". */
    @Bean
    @ConditionalOnProperty("hamerslag.kafka.service")
    public RelayHealth relayHealthIndicator(ObjectProvider<MeterRegistry> meters) {
        return new RelayHealth(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Segments as configured; one proposal's events always in one segment, in order. */
    @Bean
    public ConfigurerModule kafkaRelayProcessor(RelayProperties properties) {
        int segments = properties.relaySegments();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KafkaRelay.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments))
                .registerSequencingPolicy(KafkaRelay.PROCESSING_GROUP, c -> ProposalSequencingPolicy.INSTANCE));
    }
}
