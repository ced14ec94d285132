package nl.hamerslag.platform.relay;

import nl.hamerslag.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
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
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Kafka for every service: the topics (created when missing, retained forever), the relay from the
 * event store to this service's topic, and consumer error handling that never drops a record: a
 * record that keeps failing after retries goes to a dead-letter topic, where it stays.
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
                                 @Value("${spring.application.name}") String applicationName) {
        return new KafkaRelay(relayKafkaTemplate, jsonMapper, Topics.of(properties.service()), applicationName,
                properties.sendTimeout());
    }

    @Bean
    public ConfigurerModule kafkaRelayProcessor() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerTrackingEventProcessor(KafkaRelay.PROCESSING_GROUP));
    }

    /**
     * Retries a failing record with back-off, then parks it on {@code <topic>.<group>.dlt} and logs
     * it; the consumer moves on so one poisoned record cannot stop a service.
     */
    @Bean
    public CommonErrorHandler hamerslagConsumerErrorHandler(KafkaTemplate<String, byte[]> relayKafkaTemplate,
                                                            @Value("${spring.kafka.consumer.group-id}") String group) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(relayKafkaTemplate,
                (record, exception) -> new TopicPartition(record.topic() + "." + group + ".dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(60_000);
        return new DefaultErrorHandler(recoverer, backOff);
    }
}
