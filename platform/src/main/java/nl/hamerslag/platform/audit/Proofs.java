package nl.hamerslag.platform.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Inclusion and consistency proofs from the leaves in the database, for sizes a signed head covers. The leaves
 * are read once, in order, whatever the number of proofs asked together, and only the subtrees the proofs are
 * made of are kept ({@link RangeRoots}): a log of a million leaves is never held in memory, and a dossier's
 * proofs cost one read of the log, not one per event.
 */
public class Proofs {

    private final AuditLogStore store;

    public Proofs(AuditLogStore store) {
        this.store = store;
    }

    /**
     * @param signedHead the signed head of exactly this size, when there is one (else prove against a larger head
     *                   with a consistency proof)
     */
    public record InclusionProof(long leafIndex, long treeSize, String leafHash, String eventIdentifier,
                                 String aggregateId, long sequenceNumber, List<String> auditPath, String rootHash,
                                 SignedTreeHead signedHead) {
    }

    /** Proofs of several leaves in one tree: its size, root and signed head, and each leaf's proof in leaf order. */
    public record InclusionProofs(long treeSize, String rootHash, SignedTreeHead signedHead,
                                  List<InclusionProof> proofs) {
    }

    public record ConsistencyProof(long first, long second, String firstRootHash, String secondRootHash,
                                   List<String> proof, SignedTreeHead firstSignedHead, SignedTreeHead secondSignedHead) {
    }

    public InclusionProof inclusion(long leafIndex, long treeSize) {
        requireSignedSize(treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new AuditRequestInvalid("leaf must be between 0 and " + (treeSize - 1) + " for a tree of " + treeSize);
        }
        AuditLeaf leaf = store.leaf(leafIndex).orElseThrow(() -> new NothingToAudit("leaf " + leafIndex
                + " is missing from the log's leaves: verify a dossier to see what was removed"));
        return inclusions(List.of(leaf), treeSize).proofs().get(0);
    }

    /**
     * The proof of every given leaf in the tree of {@code treeSize} leaves (a signed size), from one read of the
     * log; a leaf at or beyond that size is not in that tree and gets none.
     */
    public InclusionProofs inclusions(List<AuditLeaf> leaves, long treeSize) {
        requireSignedSize(treeSize);
        List<AuditLeaf> inTree = leaves.stream().filter(leaf -> leaf.leafIndex() < treeSize)
                .sorted(Comparator.comparingLong(AuditLeaf::leafIndex)).toList();
        List<MerkleTree.Range> ranges = new ArrayList<>();
        ranges.add(new MerkleTree.Range(0, treeSize));
        List<Integer> pathStarts = new ArrayList<>();
        for (AuditLeaf leaf : inTree) {
            pathStarts.add(ranges.size());
            ranges.addAll(MerkleTree.inclusionRanges(leaf.leafIndex(), treeSize));
        }
        pathStarts.add(ranges.size());
        RangeRoots roots = read(treeSize, ranges);
        String rootHash = hex(roots.root(0));
        SignedTreeHead head = store.headAt(treeSize).orElse(null);
        List<InclusionProof> proofs = new ArrayList<>(inTree.size());
        for (int i = 0; i < inTree.size(); i++) {
            AuditLeaf leaf = inTree.get(i);
            proofs.add(new InclusionProof(leaf.leafIndex(), treeSize, hex(leaf.leafHash()), leaf.eventIdentifier(),
                    leaf.aggregateIdentifier(), leaf.sequenceNumber(),
                    hex(roots.roots(pathStarts.get(i), pathStarts.get(i + 1))), rootHash, head));
        }
        return new InclusionProofs(treeSize, rootHash, head, proofs);
    }

    public ConsistencyProof consistency(long first, long second) {
        long signed = signedSize();
        if (second < 0 || second > signed) {
            throw new AuditRequestInvalid("second must be between 0 and " + signed + " (the latest signed tree head's size)");
        }
        if (first < 0 || first > second) {
            throw new AuditRequestInvalid("first must be between 0 and second (" + second + ")");
        }
        List<MerkleTree.Range> ranges = new ArrayList<>(MerkleTree.consistencyRanges(first, second));
        int proofSize = ranges.size();
        ranges.add(new MerkleTree.Range(0, first));
        ranges.add(new MerkleTree.Range(0, second));
        RangeRoots roots = read(second, ranges);
        return new ConsistencyProof(first, second, hex(roots.root(proofSize)), hex(roots.root(proofSize + 1)),
                hex(roots.roots(0, proofSize)), store.headAt(first).orElse(null), store.headAt(second).orElse(null));
    }

    /** The latest signed head's size: what a proof may be asked against. */
    public long signedSize() {
        return store.latestHead().map(SignedTreeHead::treeSize).orElse(0L);
    }

    private void requireSignedSize(long treeSize) {
        long signed = signedSize();
        if (treeSize < 1 || treeSize > signed) {
            throw new AuditRequestInvalid("treeSize must be between 1 and " + signed + " (the latest signed tree head's size)");
        }
    }

    /** The roots of {@code ranges}, from one pass over the leaves below {@code size}. */
    private RangeRoots read(long size, List<MerkleTree.Range> ranges) {
        RangeRoots read = new RangeRoots(ranges);
        store.eachLeafHash(size, read);
        if (read.leavesSeen() < size) {
            throw new NothingToAudit("the log's leaves below " + size + " are incomplete (" + read.leavesSeen()
                    + " found): verify a dossier to see what was removed");
        }
        return read;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Proofs::hex).toList();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
