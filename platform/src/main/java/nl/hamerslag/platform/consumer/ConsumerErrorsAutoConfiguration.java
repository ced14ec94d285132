package nl.hamerslag.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.hamerslag.platform.failure.CauseChain;
import nl.hamerslag.platform.parking.ParkingRecoverer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a Kafka consumer does when handling a record fails (docs/decisions/0019). A failure that passes
 * by itself (database or broker away) is retried for ever with back-off up to a cap, never skipping
 * the record, and shows in health "consumers" and the metrics. Any other failure is retried briefly,
 * then the record is parked in the service's database and the consumer moves on; the later records of
 * its key wait behind it in the inbox until an ADMIN retries or resolves it.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConsumerProperties.class)
public class ConsumerErrorsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorsAutoConfiguration.class);

    /** Health "consumers". */
    @Bean
    public ConsumerFailures consumersHealthIndicator(ObjectProvider<MeterRegistry> meters) {
        return new ConsumerFailures(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    public CommonErrorHandler hamerslagConsumerErrorHandler(ParkingRecoverer parkingRecoverer,
                                                            ConsumerFailures failures, ConsumerProperties properties,
                                                            @Value("${spring.kafka.consumer.group-id}") String group) {
        DefaultErrorHandler handler = new DefaultErrorHandler(parkingRecoverer,
                new FixedBackOff(1_000, properties.permanentRetries()));
        handler.setBackOffFunction((record, error) -> TransientFailures.isTransient(error) ? forEver(properties) : null);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception error, int attempt) {
                if (TransientFailures.isTransient(error)) {
                    failures.retrying(group(group), record, error, attempt);
                    log.warn("{}/{}@{} (key {}) failed transiently, attempt {}; it is retried until it succeeds, "
                                    + "nothing behind it is skipped. Restore what it needs: {}", record.topic(),
                            record.partition(), record.offset(), record.key(), attempt, CauseChain.rootMessage(error));
                }
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception error) {
                failures.done(group(group), record);
                failures.parked();
            }
        });
        return handler;
    }

    /** Tells the health indicator when a record that was failing has been handled. */
    @Bean
    public RecordInterceptor<Object, Object> consumerSuccessInterceptor(ConsumerFailures failures,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                            Consumer<Object, Object> consumer) {
                return record;
            }

            @Override
            public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
                failures.done(group(group), record);
            }
        };
    }

    /** The group of the listener on this (consumer) thread, set by its container. */
    private static String group(String defaultGroup) {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? defaultGroup : group;
    }

    private static ExponentialBackOff forEver(ConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.maxBackOff().toMillis());
        return backOff;
    }
}
