package nl.hamerslag.bench;

import nl.hamerslag.platform.audit.AuditLogStore;
import nl.hamerslag.platform.audit.AuditVerifier;
import nl.hamerslag.platform.audit.SignedTreeHead;
import nl.hamerslag.platform.audit.StreamVerification;
import nl.hamerslag.platform.audit.TreeHeadCheck;
import nl.hamerslag.platform.eventstore.ChainVerification;
import nl.hamerslag.platform.eventstore.HashChainVerifier;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Verifies a whole service's store with the platform's own verifiers, in this JVM on the service's database (no
 * endpoint verifies the whole store: a service verifies one dossier at a time). Three questions, each timed:
 * does the latest signed tree head still match the leaves ({@link AuditVerifier#check}: every leaf read and the
 * root recomputed); does every stream still match the leaves the tree took for it, chain included
 * ({@link AuditVerifier#verifyStream}); and the hash chain alone ({@link HashChainVerifier#verify}), stream by
 * stream. One thread each, as the service runs them.
 */
final class StoreVerification implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final AuditLogStore store;
    private final HashChainVerifier chain;

    StoreVerification(String jdbcUrl, String user, String password, String service) {
        this.dataSource = new SingleConnectionDataSource(jdbcUrl, user, password, true);
        this.jdbc = new JdbcTemplate(dataSource);
        this.store = new AuditLogStore(jdbc, service);
        this.chain = new HashChainVerifier(jdbc, Jackson3Serializer.builder().build());
    }

    /** The latest head checked against every leaf under it; its key is taken as the head names it. */
    record TreeResult(TreeHeadCheck check, double seconds) {

        double leavesPerSecond() {
            return check.head().treeSize() / seconds;
        }
    }

    /** Streams checked in one window: how many, how many events they held, how many were intact, the first that was not. */
    record StreamsResult(long streams, long totalStreams, long events, long intact, String firstBroken, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    TreeResult tree() {
        SignedTreeHead head = store.latestHead()
                .orElseThrow(() -> new IllegalStateException("no signed tree head in the database yet"));
        AuditVerifier verifier = new AuditVerifier(jdbc, store, chain, head.keyId());
        long start = System.nanoTime();
        TreeHeadCheck check = verifier.check("database", head);
        return new TreeResult(check, (System.nanoTime() - start) / 1e9);
    }

    /** Every stream, in the order of its first event, against its leaves and its chain, for at most {@code window}. */
    StreamsResult streamsAgainstLeaves(Duration window) {
        SignedTreeHead head = store.latestHead()
                .orElseThrow(() -> new IllegalStateException("no signed tree head in the database yet"));
        AuditVerifier verifier = new AuditVerifier(jdbc, store, chain, head.keyId());
        return eachStream(window, id -> {
            StreamVerification v = verifier.verifyStream(id);
            return new Checked(v.eventsStored(), v.intact(), v.intact() ? null
                    : id + ": " + (v.firstMismatch() != null ? v.firstMismatch().detail() : v.chain().reason()));
        });
    }

    /** Every stream's hash chain only, recomputed from the stored rows, for at most {@code window}. */
    StreamsResult chains(Duration window) {
        return eachStream(window, id -> {
            ChainVerification v = chain.verify(id);
            return new Checked(v.eventsChecked(), v.intact(), v.intact() ? null : id + ": " + v.reason());
        });
    }

    private record Checked(long events, boolean intact, String problem) {
    }

    private StreamsResult eachStream(Duration window, Function<String, Checked> check) {
        List<String> ids = jdbc.queryForList(
                "select aggregate_identifier from domain_event_entry where sequence_number = 0 order by global_index",
                String.class);
        long start = System.nanoTime();
        long deadline = start + window.toNanos();
        long streams = 0;
        long events = 0;
        long intact = 0;
        String firstBroken = null;
        for (String id : ids) {
            if (System.nanoTime() > deadline) {
                break;
            }
            Checked c = check.apply(id);
            streams++;
            events += c.events();
            if (c.intact()) {
                intact++;
            } else if (firstBroken == null) {
                firstBroken = c.problem();
            }
        }
        return new StreamsResult(streams, ids.size(), events, intact, firstBroken, (System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
