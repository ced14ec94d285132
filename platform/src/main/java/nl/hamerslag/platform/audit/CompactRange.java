package nl.hamerslag.platform.audit;

import nl.hamerslag.platform.eventstore.CanonicalBytes;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: the roots of its perfect subtrees, largest first (one per
 * set bit of the size). Appending and the root cost O(log n), so a tree head every second does not
 * rehash the whole log.
 */
final class CompactRange {

    private final List<byte[]> roots = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    long size() {
        return size;
    }

    void append(byte[] leafHash) {
        roots.add(leafHash);
        sizes.add(1L);
        size++;
        while (sizes.size() >= 2 && sizes.get(sizes.size() - 1).equals(sizes.get(sizes.size() - 2))) {
            int last = sizes.size() - 1;
            byte[] merged = MerkleTree.nodeHash(roots.get(last - 1), roots.get(last));
            long mergedSize = sizes.get(last) * 2;
            roots.remove(last);
            sizes.remove(last);
            roots.set(last - 1, merged);
            sizes.set(last - 1, mergedSize);
        }
    }

    CompactRange copyInto(CompactRange target) {
        target.roots.clear();
        target.roots.addAll(roots);
        target.sizes.clear();
        target.sizes.addAll(sizes);
        target.size = size;
        return target;
    }

    /** Equal to {@link MerkleTree#root} of the same leaves: the split at the largest power of two is the largest subtree. */
    byte[] root() {
        if (roots.isEmpty()) {
            return CanonicalBytes.sha256(new byte[0]);
        }
        byte[] root = roots.get(roots.size() - 1);
        for (int i = roots.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(roots.get(i), root);
        }
        return root;
    }
}
