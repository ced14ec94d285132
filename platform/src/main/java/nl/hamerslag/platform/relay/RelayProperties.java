package nl.hamerslag.platform.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param service           the service's short name ({@code drafting}); its topic is {@code hamerslag.<service>.events.v1}
 * @param sendTimeout       how long the relay waits for the broker's acknowledgement before it retries
 * @param replicationFactor replicas per topic when this service creates the topics (1 on one machine)
 */
@ConfigurationProperties("hamerslag.kafka")
public record RelayProperties(String service, Duration sendTimeout, Short replicationFactor) {

    public RelayProperties {
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
