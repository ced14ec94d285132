package nl.hamerslag.platform.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Inclusion and consistency proofs from the leaves in the database, for sizes a signed head covers. Each proof
 * reads the leaves once, in order, and keeps only the right edges of the ranges it needs: a log of a million
 * leaves is never held in memory.
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

    public record ConsistencyProof(long first, long second, String firstRootHash, String secondRootHash,
                                   List<String> proof, SignedTreeHead firstSignedHead, SignedTreeHead secondSignedHead) {
    }

    public InclusionProof inclusion(long leafIndex, long treeSize) {
        long signed = signedSize();
        if (treeSize < 1 || treeSize > signed) {
            throw new AuditRequestInvalid("treeSize must be between 1 and " + signed + " (the latest signed tree head's size)");
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new AuditRequestInvalid("leaf must be between 0 and " + (treeSize - 1) + " for a tree of " + treeSize);
        }
        List<MerkleTree.Range> path = MerkleTree.inclusionRanges(leafIndex, treeSize);
        RangeRoots roots = read(treeSize, path, new MerkleTree.Range(0, treeSize));
        AuditLeaf leaf = store.leaf(leafIndex).orElseThrow(() -> new NothingToAudit("leaf " + leafIndex
                + " is missing from the log's leaves: verify a dossier to see what was removed"));
        return new InclusionProof(leafIndex, treeSize, hex(leaf.leafHash()), leaf.eventIdentifier(),
                leaf.aggregateIdentifier(), leaf.sequenceNumber(), hex(roots.roots(0, path.size())),
                hex(roots.root(path.size())), store.headAt(treeSize).orElse(null));
    }

    public ConsistencyProof consistency(long first, long second) {
        long signed = signedSize();
        if (second < 0 || second > signed) {
            throw new AuditRequestInvalid("second must be between 0 and " + signed + " (the latest signed tree head's size)");
        }
        if (first < 0 || first > second) {
            throw new AuditRequestInvalid("first must be between 0 and second (" + second + ")");
        }
        List<MerkleTree.Range> proof = MerkleTree.consistencyRanges(first, second);
        RangeRoots roots = read(second, proof, new MerkleTree.Range(0, first), new MerkleTree.Range(0, second));
        return new ConsistencyProof(first, second, hex(roots.root(proof.size())), hex(roots.root(proof.size() + 1)),
                hex(roots.roots(0, proof.size())), store.headAt(first).orElse(null), store.headAt(second).orElse(null));
    }

    private long signedSize() {
        return store.latestHead().map(SignedTreeHead::treeSize).orElse(0L);
    }

    /** The roots of the proof's ranges and then of {@code roots}, from one pass over the leaves below {@code size}. */
    private RangeRoots read(long size, List<MerkleTree.Range> proof, MerkleTree.Range... roots) {
        List<MerkleTree.Range> ranges = new ArrayList<>(proof);
        ranges.addAll(List.of(roots));
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
