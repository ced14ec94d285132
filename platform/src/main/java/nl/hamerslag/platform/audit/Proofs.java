package nl.hamerslag.platform.audit;

import java.util.HexFormat;
import java.util.List;

/** Inclusion and consistency proofs from the leaves in the database, for sizes a signed head covers. */
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
        MerkleTree tree = tree(treeSize);
        AuditLeaf leaf = store.leaf(leafIndex).orElseThrow(() -> new NothingToAudit("leaf " + leafIndex
                + " is missing from the log's leaves: verify a dossier to see what was removed"));
        return new InclusionProof(leafIndex, treeSize, hex(leaf.leafHash()), leaf.eventIdentifier(),
                leaf.aggregateIdentifier(), leaf.sequenceNumber(), tree.inclusionProof(leafIndex, treeSize).stream()
                .map(Proofs::hex).toList(), hex(tree.root(treeSize)), store.headAt(treeSize).orElse(null));
    }

    public ConsistencyProof consistency(long first, long second) {
        long signed = signedSize();
        if (second < 0 || second > signed) {
            throw new AuditRequestInvalid("second must be between 0 and " + signed + " (the latest signed tree head's size)");
        }
        if (first < 0 || first > second) {
            throw new AuditRequestInvalid("first must be between 0 and second (" + second + ")");
        }
        MerkleTree tree = tree(second);
        return new ConsistencyProof(first, second, hex(tree.root(first)), hex(tree.root(second)),
                tree.consistencyProof(first, second).stream().map(Proofs::hex).toList(),
                store.headAt(first).orElse(null), store.headAt(second).orElse(null));
    }

    private long signedSize() {
        return store.latestHead().map(SignedTreeHead::treeSize).orElse(0L);
    }

    private MerkleTree tree(long size) {
        List<byte[]> leaves = store.leafHashes(size);
        if (leaves.size() < size) {
            throw new NothingToAudit("the log's leaves below " + size + " are incomplete (" + leaves.size()
                    + " found): verify a dossier to see what was removed");
        }
        return new MerkleTree(leaves);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
