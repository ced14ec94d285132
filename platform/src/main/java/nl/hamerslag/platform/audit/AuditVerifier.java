package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.HashChainVerifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the log from the rows as stored. Two questions, each answered by itself:
 * <ul>
 *   <li>Do the leaves in the database still give the roots of the signed tree heads (the database's, the
 *   witness topic's, one an auditor holds)? If not, the leaves themselves were rewritten or removed:
 *   whatever else was done, it shows here.</li>
 *   <li>Does each event row still have the leaf the tree took for it? This names the first event that
 *   was changed, removed, inserted or moved, even when the hash links were recomputed after an edit.</li>
 * </ul>
 */
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AuditLogStore store;
    private final HashChainVerifier chainVerifier;
    private final String serviceKeyId;

    public AuditVerifier(JdbcTemplate jdbc, AuditLogStore store, HashChainVerifier chainVerifier, String serviceKeyId) {
        this.jdbc = jdbc;
        this.store = store;
        this.chainVerifier = chainVerifier;
        this.serviceKeyId = serviceKeyId;
    }

    /** One head against the leaves; several heads are cheaper through {@link #check(List)}. */
    public TreeHeadCheck check(String source, SignedTreeHead head) {
        return check(List.of(new HeadToCheck(source, head))).get(0);
    }

    /** A head to check and where it came from: {@code database}, {@code kafka} or {@code held}. */
    public record HeadToCheck(String source, SignedTreeHead head) {
    }

    /**
     * Each head against the leaves, in the order given. The leaves are read once, up to the largest head, and
     * every head's root is taken from that one pass: a verify costs one read of the log, not one per head.
     */
    public List<TreeHeadCheck> check(List<HeadToCheck> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        PrefixRoots roots = new PrefixRoots(heads.stream().map(h -> h.head().treeSize()).toList());
        long largest = heads.stream().mapToLong(h -> h.head().treeSize()).max().orElseThrow();
        store.eachLeafHash(largest, roots);
        Map<Long, PrefixRoots.Prefix> prefixes = roots.prefixes();
        return heads.stream().map(h -> check(h.source(), h.head(), prefixes.get(h.head().treeSize()))).toList();
    }

    private TreeHeadCheck check(String source, SignedTreeHead head, PrefixRoots.Prefix leaves) {
        boolean signatureValid = head.signatureValid();
        boolean keyIsServices = serviceKeyId.equals(head.keyId());
        String detail = null;
        boolean matches = false;
        if (leaves.root() == null) {
            detail = "the head covers " + head.treeSize() + " leaves and the database holds " + leaves.leavesBelow()
                    + " of them: leaves were removed";
        } else {
            matches = MessageDigest.isEqual(leaves.root(), head.root());
            if (!matches) {
                detail = "the leaves in the database do not give this head's root: the log was rewritten";
            }
        }
        if (!signatureValid) {
            detail = "the signature does not match the head" + (detail == null ? "" : "; " + detail);
        } else if (!keyIsServices) {
            detail = "signed by key " + head.keyId() + ", not this service's key " + serviceKeyId
                    + (detail == null ? "" : "; " + detail);
        }
        return new TreeHeadCheck(source, head, signatureValid, keyIsServices, matches, detail);
    }

    public StreamVerification verifyStream(String aggregateId) {
        List<AuditLeaf> leaves = store.leavesOf(aggregateId);
        List<StoredEventRow> rows = jdbc.query("select " + StoredEventRow.COLUMNS
                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                StoredEventRow::read, aggregateId);
        Map<String, StoredEventRow> rowsByEvent = new HashMap<>();
        rows.forEach(row -> rowsByEvent.put(row.eventIdentifier(), row));
        List<Mismatch> mismatches = new ArrayList<>();
        for (AuditLeaf leaf : leaves) {
            StoredEventRow row = rowsByEvent.remove(leaf.eventIdentifier());
            if (row == null) {
                mismatches.add(new Mismatch(Mismatch.Kind.REMOVED, leaf.sequenceNumber(), leaf.eventIdentifier(),
                        leaf.leafIndex(), "event " + leaf.sequenceNumber() + " (global index " + leaf.globalIndex()
                        + ") is no longer in the event table"));
            } else if (!MessageDigest.isEqual(row.leafHash(), leaf.leafHash())) {
                mismatches.add(changed(leaf, row));
            }
        }
        long highestTaken = store.highestGlobalIndex();
        long pending = 0;
        for (StoredEventRow row : rowsByEvent.values()) {
            if (row.globalIndex() <= highestTaken) {
                mismatches.add(new Mismatch(Mismatch.Kind.INSERTED, row.sequenceNumber(), row.eventIdentifier(), -1,
                        "event " + row.sequenceNumber() + " (global index " + row.globalIndex()
                        + ") is in the event table but the log never took it"));
            } else {
                pending++;
            }
        }
        Mismatch first = mismatches.stream()
                .min(Comparator.comparingLong(Mismatch::sequenceNumber).thenComparing(m -> m.kind().ordinal()))
                .orElse(null);
        String aggregateType = rows.isEmpty() ? null : rows.get(0).aggregateType();
        var chain = chainVerifier.verify(aggregateId);
        if (first == null && !chain.intact()) {
            // rows the tree has not judged yet (pending) can still break the chain
            first = new Mismatch(chain.reason().contains("missing") ? Mismatch.Kind.REMOVED : Mismatch.Kind.CHANGED,
                    chain.firstBrokenLink(), null, -1, chain.reason());
        }
        return new StreamVerification(aggregateId, aggregateType, first == null && chain.intact(), rows.size(),
                leaves.size(), pending, first, chain);
    }

    private static Mismatch changed(AuditLeaf leaf, StoredEventRow row) {
        if (row.globalIndex() != leaf.globalIndex() || row.sequenceNumber() != leaf.sequenceNumber()) {
            return new Mismatch(Mismatch.Kind.REORDERED, leaf.sequenceNumber(), leaf.eventIdentifier(), leaf.leafIndex(),
                    "event " + leaf.sequenceNumber() + " was taken at global index " + leaf.globalIndex()
                    + " as sequence " + leaf.sequenceNumber() + " and now stands at global index " + row.globalIndex()
                    + " as sequence " + row.sequenceNumber());
        }
        return new Mismatch(Mismatch.Kind.CHANGED, leaf.sequenceNumber(), leaf.eventIdentifier(), leaf.leafIndex(),
                "event " + leaf.sequenceNumber() + " is not the event the log took: its stored row was changed");
    }
}
