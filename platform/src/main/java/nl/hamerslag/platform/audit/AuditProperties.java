package nl.hamerslag.platform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit log (ADR 35).
 *
 * @param treeHeadInterval how often new events are taken into the tree and a head signed (at most this long after a commit)
 * @param keyDir           where this service's tree-head key lives; defaults to {@code ${hamerslag.data-dir}/keys}
 * @param lateCommitTimeout how long an index the tree passed over may still be filled by a transaction that commits late
 * @param batchSize        at most this many events per head (a first run over an old log takes several ticks)
 * @param witnessTimeout   how long a send to, or a read from, the witness topic may take
 */
@ConfigurationProperties("hamerslag.audit")
public record AuditProperties(Duration treeHeadInterval, Path keyDir, Duration lateCommitTimeout, Integer batchSize,
                              Duration witnessTimeout) {

    public AuditProperties {
        treeHeadInterval = treeHeadInterval == null ? Duration.ofSeconds(1) : treeHeadInterval;
        lateCommitTimeout = lateCommitTimeout == null ? Duration.ofMinutes(1) : lateCommitTimeout;
        batchSize = batchSize == null ? 5_000 : batchSize;
        witnessTimeout = witnessTimeout == null ? Duration.ofSeconds(5) : witnessTimeout;
    }
}
