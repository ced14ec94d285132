package nl.hamerslag.platform.audit;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The roots of several ranges of the log from one pass over its leaves in order: what a proof needs (each of its
 * hashes is the root of one range, and the tree's roots are ranges from the start) while holding O(log n) hashes per
 * range rather than every leaf. A leaf's place is its position in the pass, as in a list of the leaves read.
 */
final class RangeRoots implements AuditLogStore.LeafHashes {

    private final List<MerkleTree.Range> ranges;
    private final CompactRange[] roots;
    private long seen;

    RangeRoots(List<MerkleTree.Range> ranges) {
        this.ranges = List.copyOf(ranges);
        this.roots = new CompactRange[ranges.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = new CompactRange();
        }
    }

    @Override
    public void accept(long leafIndex, byte[] leafHash) {
        long position = seen++;
        for (int i = 0; i < roots.length; i++) {
            if (ranges.get(i).contains(position)) {
                roots[i].append(leafHash);
            }
        }
    }

    /** How many leaves the pass gave. */
    long leavesSeen() {
        return seen;
    }

    /** The root of the {@code i}th range; only when the pass gave every leaf of it. */
    byte[] root(int i) {
        if (roots[i].size() != ranges.get(i).size()) {
            throw new IllegalStateException("the pass gave " + roots[i].size() + " of the " + ranges.get(i).size()
                    + " leaves of " + ranges.get(i));
        }
        return roots[i].root();
    }

    /** The roots of the ranges {@code from} (inclusive) to {@code to} (exclusive), in their order. */
    List<byte[]> roots(int from, int to) {
        return IntStream.range(from, to).mapToObj(this::root).toList();
    }
}
