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
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path((int) leafIndex, 0, (int) size, path);
        return path;
    }

    /** PROOF(m, D[n]): that the tree of {@code first} leaves is a prefix of the tree of {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        requireSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("the first size (" + first + ") must be between 0 and the second (" + second + ")");
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof((int) first, 0, (int) second, true, proof);
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
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    private void path(int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, from + k, path);
            path.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, path);
            path.add(hash(from, from + k));
        }
    }

    private void subproof(int m, int from, int to, boolean wholeFirstTree, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!wholeFirstTree) {
                proof.add(hash(from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, wholeFirstTree, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n} (n at least 2): RFC 9162's split, not the midpoint. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
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
