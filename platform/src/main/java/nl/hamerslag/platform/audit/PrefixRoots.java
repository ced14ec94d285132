package nl.hamerslag.platform.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The roots of several prefixes of the log from one pass over its leaves, so that checking the heads of a
 * verify (the database's, the witness topic's, those held) reads the leaves once rather than once per head.
 * For each size it gives what reading only the leaves with an index below that size would give: how many
 * there are, and when there are at least that many, the root of the first {@code size} of them.
 */
final class PrefixRoots implements AuditLogStore.LeafHashes {

    /** What the leaves below a size give: {@code root} null when fewer than {@code size} leaves are there. */
    record Prefix(long size, long leavesBelow, byte[] root) {
    }

    private final TreeSet<Long> pending;
    private final Map<Long, byte[]> rootAtCount = new HashMap<>();
    private final Map<Long, Prefix> prefixes = new HashMap<>();
    private final CompactRange range = new CompactRange();

    PrefixRoots(Iterable<Long> sizes) {
        this.pending = new TreeSet<>();
        sizes.forEach(pending::add);
        recordRoot();
    }

    /** The leaves in leaf-index order, as {@link AuditLogStore#eachLeafHash} gives them. */
    @Override
    public void accept(long leafIndex, byte[] leafHash) {
        // every leaf below a size has been seen once a leaf at or beyond it comes
        while (!pending.isEmpty() && pending.first() <= leafIndex) {
            resolve(pending.pollFirst());
        }
        range.append(leafHash);
        recordRoot();
    }

    /** After the last leaf: every size's prefix. */
    Map<Long, Prefix> prefixes() {
        while (!pending.isEmpty()) {
            resolve(pending.pollFirst());
        }
        return prefixes;
    }

    /** The root of the leaves seen so far when a size asks for exactly that many. */
    private void recordRoot() {
        if (pending.contains(range.size())) {
            rootAtCount.put(range.size(), range.root());
        }
    }

    private void resolve(long size) {
        long below = range.size();
        prefixes.put(size, new Prefix(size, below, below < size ? null : rootAtCount.get(size)));
    }
}
