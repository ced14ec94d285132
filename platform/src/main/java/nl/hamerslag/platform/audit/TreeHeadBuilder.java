package nl.hamerslag.platform.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grows the log: takes every stored event the tree does not hold yet as a leaf, in global index
 * order, and signs a tree head over the new size; leaves and head in one transaction, so a head never
 * names leaves that are not there. One instance at a time (a PostgreSQL advisory lock), so several
 * instances of a service share one tree.
 *
 * <p>An event is normally taken in global index order. A transaction that commits late with a lower
 * global index (the sequence is drawn before the commit) is taken when it appears, after events with
 * higher indexes, if it fills an index the tree passed over less than {@code lateCommitTimeout} ago
 * ({@code audit_tree_gap}); the leaf records the global index, so the order stays checkable. A row at
 * any other index below the highest taken is never taken: a verify names it as inserted.
 */
public class TreeHeadBuilder {

    /** Key of the advisory lock, the same in every instance of every service (each has its own database). */
    static final long LOCK_KEY = 0x48414d4552534cL; // "HAMERSL"
    /** Beyond this many indexes skipped at once (no rolled-back transactions do that) nothing is awaited. */
    static final int MAX_GAPS = 10_000;

    /**
     * The next rows to take, in global index order: those beyond the highest index taken, and late commits into
     * an index passed over ({@code audit_tree_gap}). Two branches rather than one {@code where a or b}: each
     * walks the primary key in order and stops at the batch, where the {@code or} made PostgreSQL read and sort
     * every row not yet taken (payloads and all) for each batch, which made catching up quadratic. The same
     * rows: the candidates split by index above or at most the highest, and the first {@code n} of a union are
     * the first {@code n} of the branches' first {@code n}. No leaf has an index above the highest taken, so
     * only the row's event id can already be in the tree there.
     */
    static final String NEXT_ROWS = "select * from ((select " + StoredEventRow.COLUMNS + """
                                      from domain_event_entry e
                                     where e.global_index > ?
                                       and not exists (select 1 from audit_tree_leaf l where l.event_identifier = e.event_identifier)
                                     order by e.global_index
                                     limit ?)
                             union all
                            (select\s""" + StoredEventRow.COLUMNS + """
                                      from domain_event_entry e
                                     where e.global_index <= ?
                                       and e.global_index in (select global_index from audit_tree_gap)
                                       and not exists (select 1 from audit_tree_leaf l where l.global_index = e.global_index)
                                       and not exists (select 1 from audit_tree_leaf l where l.event_identifier = e.event_identifier)
                                     order by e.global_index
                                     limit ?)) candidates
             order by global_index
             limit ?""";

    private static final Logger log = LoggerFactory.getLogger(TreeHeadBuilder.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLogStore store;
    private final TreeHeadSigner signer;
    private final ProposalOfEvent proposals;
    private final Clock clock;
    private final Duration lateCommitTimeout;
    private final int batchSize;
    private CompactRange range = new CompactRange();

    public TreeHeadBuilder(JdbcTemplate jdbc, TransactionTemplate transaction, AuditLogStore store, TreeHeadSigner signer,
                           ProposalOfEvent proposals, Clock clock, Duration lateCommitTimeout, int batchSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.signer = signer;
        this.proposals = proposals;
        this.clock = clock;
        this.lateCommitTimeout = lateCommitTimeout;
        this.batchSize = batchSize;
    }

    /** Takes the events not yet in the tree and signs the new head; empty when there were none or another instance is at it. */
    public synchronized Optional<SignedTreeHead> advance() {
        return transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return Optional.empty();
            }
            long size = store.size();
            long highest = store.highestGlobalIndex();
            Instant now = clock.instant();
            Timestamp cutoff = Timestamp.from(now.minus(lateCommitTimeout));
            jdbc.update("delete from audit_tree_gap where seen_at < ?", cutoff);
            List<StoredEventRow> rows = jdbc.query(NEXT_ROWS, StoredEventRow::read, highest, batchSize, highest, batchSize,
                    batchSize);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            recordGaps(highest, rows, now);
            CompactRange grown = rangeAt(size);
            List<AuditLogStore.NewLeaf> leaves = new ArrayList<>(rows.size());
            Set<AuditLogStore.ProposalLink> links = new LinkedHashSet<>();
            for (StoredEventRow row : rows) {
                byte[] leafHash = row.leafHash();
                leaves.add(new AuditLogStore.NewLeaf(size++, row, leafHash));
                grown.append(leafHash);
                proposals.of(row.payload())
                        .ifPresent(proposal -> links.add(new AuditLogStore.ProposalLink(proposal, row.aggregateIdentifier())));
            }
            // one batch each instead of a statement per leaf and link: the same rows, in the same transaction as the head
            store.appendLeaves(leaves, now);
            store.linkToProposals(links);
            SignedTreeHead head = signer.sign(size, grown.root(), now);
            store.appendHead(head);
            range = grown;
            return Optional.of(head);
        });
    }

    /** The indexes between the highest taken before and now that no row had: a late commit may still fill them. */
    private void recordGaps(long highestBefore, List<StoredEventRow> rows, Instant now) {
        long expected = highestBefore + 1;
        List<Long> gaps = new ArrayList<>();
        for (StoredEventRow row : rows) {
            if (row.globalIndex() <= highestBefore) {
                jdbc.update("delete from audit_tree_gap where global_index = ?", row.globalIndex());
                continue;
            }
            for (long missing = expected; missing < row.globalIndex() && gaps.size() <= MAX_GAPS; missing++) {
                gaps.add(missing);
            }
            expected = row.globalIndex() + 1;
        }
        if (gaps.size() > MAX_GAPS) {
            log.warn("Audit log: more than {} global indexes were skipped at once after {}; a row that commits into "
                    + "them later will not be taken and shows as inserted", MAX_GAPS, highestBefore);
            return;
        }
        Timestamp seen = Timestamp.from(now);
        jdbc.batchUpdate("insert into audit_tree_gap (global_index, seen_at) values (?, ?) on conflict do nothing",
                gaps.stream().map(gap -> new Object[]{gap, seen}).toList());
    }

    /** The cached right edge when it is still at {@code size} (no other instance grew the tree), else rebuilt from the leaves. */
    private CompactRange rangeAt(long size) {
        if (range.size() == size) {
            CompactRange copy = new CompactRange();
            // a copy, so that a rolled-back transaction leaves the cache as it was
            return range.copyInto(copy);
        }
        CompactRange rebuilt = new CompactRange();
        store.eachLeafHash(size, (index, leafHash) -> rebuilt.append(leafHash));
        return rebuilt;
    }
}
