package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.CanonicalBytes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The roots of many ranges of the log from one pass over its leaves in order, at the cost of one tree: what proofs
 * need (each of their hashes is the root of one range, and the tree's roots are ranges from the start), however many
 * proofs, holding O(log n) hashes plus the subtrees asked for rather than every leaf. A leaf's place is its position
 * in the pass, as in a list of the leaves read.
 *
 * <p>Every range of RFC 9162's recursion is a chain of perfect subtrees aligned to their size: the tree splits
 * {@code [from, to)} at the largest power of two {@code k} below its length, and {@code from} is a multiple of
 * {@code k}. So the pass grows the tree's right edge once (as {@link CompactRange} does), keeps the roots of the
 * perfect subtrees the ranges are made of as they are completed, and each range's root is put together from those.
 */
final class RangeRoots implements AuditLogStore.LeafHashes {

    private final List<MerkleTree.Range> ranges;
    private final Set<Long> wanted = new HashSet<>();
    private final Map<Long, byte[]> completed = new HashMap<>();
    private long wantedHeights;
    private final byte[][] edge = new byte[64][];
    private final int[] edgeHeights = new int[64];
    private int edgeDepth;
    private long seen;

    RangeRoots(List<MerkleTree.Range> ranges) {
        this.ranges = List.copyOf(ranges);
        this.ranges.forEach(this::want);
    }

    @Override
    public void accept(long leafIndex, byte[] leafHash) {
        long position = seen++;
        edge[edgeDepth] = leafHash;
        edgeHeights[edgeDepth++] = 0;
        keepIfWanted(position, 0, leafHash);
        while (edgeDepth >= 2 && edgeHeights[edgeDepth - 1] == edgeHeights[edgeDepth - 2]) {
            int height = edgeHeights[edgeDepth - 1] + 1;
            byte[] merged = MerkleTree.nodeHash(edge[edgeDepth - 2], edge[edgeDepth - 1]);
            edgeDepth--;
            edge[edgeDepth - 1] = merged;
            edgeHeights[edgeDepth - 1] = height;
            keepIfWanted(seen - (1L << height), height, merged);
        }
    }

    /** How many leaves the pass gave. */
    long leavesSeen() {
        return seen;
    }

    /** The root of the {@code i}th range; only when the pass gave every leaf of it. */
    byte[] root(int i) {
        return root(ranges.get(i).from(), ranges.get(i).to());
    }

    /** The roots of the ranges {@code from} (inclusive) to {@code to} (exclusive), in their order. */
    List<byte[]> roots(int from, int to) {
        return IntStream.range(from, to).mapToObj(this::root).toList();
    }

    private byte[] root(long from, long to) {
        long n = to - from;
        if (n == 0) {
            return CanonicalBytes.sha256(new byte[0]);
        }
        if (isAlignedPerfect(from, n)) {
            byte[] root = completed.get(key(from, Long.numberOfTrailingZeros(n)));
            if (root == null) {
                throw new IllegalStateException("the pass gave " + Math.max(0, Math.min(seen, to) - from) + " of the " + n
                        + " leaves of " + new MerkleTree.Range(from, to));
            }
            return root;
        }
        long k = MerkleTree.largestPowerOfTwoBelow(n);
        return MerkleTree.nodeHash(root(from, from + k), root(from + k, to));
    }

    private void want(MerkleTree.Range range) {
        want(range.from(), range.to());
    }

    private void want(long from, long to) {
        long n = to - from;
        if (n == 0) {
            return;
        }
        if (isAlignedPerfect(from, n)) {
            int height = Long.numberOfTrailingZeros(n);
            wanted.add(key(from, height));
            wantedHeights |= 1L << height;
            return;
        }
        long k = MerkleTree.largestPowerOfTwoBelow(n);
        if (from % k != 0) {
            throw new IllegalArgumentException(new MerkleTree.Range(from, to) + " is no range of RFC 9162's tree: "
                    + from + " is not a multiple of " + k);
        }
        want(from, from + k);
        want(from + k, to);
    }

    private void keepIfWanted(long start, int height, byte[] root) {
        if ((wantedHeights & (1L << height)) != 0 && wanted.contains(key(start, height))) {
            completed.put(key(start, height), root);
        }
    }

    private static boolean isAlignedPerfect(long from, long n) {
        return Long.bitCount(n) == 1 && from % n == 0;
    }

    /** A perfect subtree by its first leaf and height; logs stay far below 2^57 leaves. */
    private static long key(long start, int height) {
        return (start << 6) | height;
    }
}
