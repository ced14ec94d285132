package nl.hamerslag.platform.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param maxBackOff       the longest wait between two tries of a record that fails transiently (it is tried for ever)
 * @param permanentRetries quick retries (a second apart) of any other failure before the record is parked, in case
 *                         a transient failure was not recognised as one
 */
@ConfigurationProperties("hamerslag.kafka.consumer")
public record ConsumerProperties(Duration maxBackOff, Integer permanentRetries) {

    public ConsumerProperties {
        maxBackOff = maxBackOff == null ? Duration.ofSeconds(30) : maxBackOff;
        permanentRetries = permanentRetries == null ? 2 : permanentRetries;
    }
}
