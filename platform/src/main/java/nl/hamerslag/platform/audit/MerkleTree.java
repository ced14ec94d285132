package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.CanonicalBytes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (section 2.1, as RFC 6962) over a list of leaf hashes: its root for
 * any size, the inclusion proof of a leaf and the consistency proof between two sizes. Leaf hashes
 * are {@code SHA-256(0x00 || leaf data)}, nodes {@code SHA-256(0x01 || left || right)}, so a leaf can
 * never pass for a node. Proofs are recomputed from the leaves (O(n log n)); the log is one service's.
 */
public final class MerkleTree {

    private final List<byte[]> leaves;

    public MerkleTree(List<byte[]> leafHashes) {
        this.leaves = List.copyOf(leafHashes);
    }

    public int size() {
        return leaves.size();
    }

    public static byte[] leafHash(byte[] leafData) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        digest.update(leafData);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** MTH(D[n]): the root of the first {@code size} leaves; of none, SHA-256 of nothing. */
    public byte[] root(long size) {
        requireSize(size);
        return hash(0, (int) size);
    }

    /** PATH(m, D[n]): the audit path of leaf {@code leafIndex} in the tree of the first {@code size} leaves. */
    public List<byte[]> inclusionProof(long leafIndex, long size) {
        requireSize(size);
        return inclusionRanges(leafIndex, size).stream().map(range -> hash((int) range.from(), (int) range.to())).toList();
    }

    /** PROOF(m, D[n]): that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        requireSize(second);
        return consistencyRanges(first, second).stream().map(range -> hash((int) range.from(), (int) range.to())).toList();
    }

    /** Leaves {@code from} (inclusive) to {@code to} (exclusive): each hash of a proof is the MTH of one such range. */
    public record Range(long from, long to) {
    }

    /**
     * The ranges whose roots, in this order, are PATH(m, D[n]) (RFC 9162, 2.1.3.1): the proof's shape without its
     * hashes, so that the hashes can come from one pass over leaves that are never all held at once.
     */
    public static List<Range> inclusionRanges(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<Range> path = new ArrayList<>();
        path(leafIndex, 0, size, path);
        return path;
    }

    /** The ranges whose roots, in this order, are PROOF(m, D[n]) (RFC 9162, 2.1.4.1). */
    public static List<Range> consistencyRanges(long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("the first size (" + first + ") must be between 0 and the second (" + second + ")");
        }
        List<Range> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    private byte[] hash(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return CanonicalBytes.sha256(new byte[0]);
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = (int) largestPowerOfTwoBelow(n);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    private static void path(long m, long from, long to, List<Range> path) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, from + k, path);
            path.add(new Range(from + k, to));
        } else {
            path(m - k, from + k, to, path);
            path.add(new Range(from, from + k));
        }
    }

    private static void subproof(long m, long from, long to, boolean wholeFirstTree, List<Range> proof) {
        long n = to - from;
        if (m == n) {
            if (!wholeFirstTree) {
                proof.add(new Range(from, to));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, wholeFirstTree, proof);
            proof.add(new Range(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(new Range(from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n} (n at least 2): RFC 9162's split, not the midpoint. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void requireSize(long size) {
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException("the log holds " + leaves.size() + " leaves, not " + size);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
