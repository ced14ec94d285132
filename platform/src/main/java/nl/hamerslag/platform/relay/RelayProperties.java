package nl.hamerslag.platform.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param service           the service's short name ({@code drafting}); its topic is {@code hamerslag.<service>.events.v1}
 * @param sendTimeout       how long the relay waits for the broker's acknowledgement before it retries
 * @param replicationFactor replicas per topic when this service creates the topics (1 on one machine)
 * @param minInsyncReplicas {@code min.insync.replicas} of the topics this service creates: with {@code acks=all} a
 *                          send is acknowledged once this many replicas have it (at most the replication factor)
 * @param relaySegments     segments of the relay processor: this many threads send in parallel, each proposal's
 *                          events in one of them, in order. Applies when the relay's tokens are first created
 */
@ConfigurationProperties("hamerslag.kafka")
public record RelayProperties(String service, Duration sendTimeout, Short replicationFactor, Integer minInsyncReplicas,
                              Integer relaySegments) {

    public RelayProperties {
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        minInsyncReplicas = minInsyncReplicas == null ? 1 : minInsyncReplicas;
        relaySegments = relaySegments == null ? 1 : relaySegments;
        if (minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("hamerslag.kafka.min-insync-replicas (" + minInsyncReplicas
                    + ") is more than hamerslag.kafka.replication-factor (" + replicationFactor
                    + "): no send could ever be acknowledged");
        }
        if (relaySegments < 1) {
            throw new IllegalArgumentException("hamerslag.kafka.relay-segments must be at least 1, not " + relaySegments);
        }
    }
}
