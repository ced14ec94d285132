package nl.hamerslag.platform.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Certificate Transparency reference vectors (RFC 6962 test data, as published with the CT and
 * transparency-dev/merkle implementations): a tree no other implementation agrees with proves nothing
 * to an outsider. Beyond them, every size up to 40 against a plain reference built from the RFC's
 * definition by hand.
 */
class MerkleTreeTest {

    static final HexFormat HEX = HexFormat.of();

    static final List<byte[]> CT_LEAF_DATA = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).toList();

    static final List<String> CT_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static MerkleTree ctTree() {
        return new MerkleTree(CT_LEAF_DATA.stream().map(MerkleTree::leafHash).toList());
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    @Test
    void theRootOfEverySizeIsTheReferenceRoot() {
        MerkleTree tree = ctTree();
        CompactRange range = new CompactRange();
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("size %d", size).isEqualTo(CT_ROOTS.get(size));
            assertThat(HEX.formatHex(range.root())).as("compact range at %d", size).isEqualTo(CT_ROOTS.get(size));
            if (size < 8) {
                range.append(MerkleTree.leafHash(CT_LEAF_DATA.get(size)));
            }
        }
    }

    @Test
    void inclusionProofsAreTheReferenceProofs() {
        MerkleTree tree = ctTree();

        assertThat(hex(tree.inclusionProof(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.inclusionProof(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void consistencyProofsAreTheReferenceProofs() {
        MerkleTree tree = ctTree();

        assertThat(hex(tree.consistencyProof(2, 8))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    /** The definition of MTH, written as plainly as possible: split at the largest power of two below n. */
    static byte[] referenceRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return MerkleTree.sha256().digest();
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = 1;
        while (k * 2 < leaves.size()) {
            k *= 2;
        }
        return MerkleTree.nodeHash(referenceRoot(leaves.subList(0, k)), referenceRoot(leaves.subList(k, leaves.size())));
    }

    @Test
    void everySizeAgreesWithTheReferenceAndEveryProofVerifiesWhileAWrongOneDoesNot() {
        List<byte[]> leaves = IntStream.range(0, 40).mapToObj(i -> MerkleTree.leafHash(new byte[]{(byte) i, (byte) (i * 7)}))
                .toList();
        MerkleTree tree = new MerkleTree(leaves);
        CompactRange range = new CompactRange();
        for (int n = 1; n <= leaves.size(); n++) {
            range.append(leaves.get(n - 1));
            byte[] root = tree.root(n);
            assertThat(root).as("root %d", n).isEqualTo(referenceRoot(leaves.subList(0, n)));
            assertThat(range.root()).as("compact range %d", n).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.inclusionProof(m, n);
                assertThat(MerkleProofs.inclusionHolds(leaves.get(m), m, n, path, root)).as("inclusion %d in %d", m, n).isTrue();
                if (n > 1) {
                    assertThat(MerkleProofs.inclusionHolds(leaves.get(m), (m + 1) % n, n, path, root))
                            .as("inclusion at the wrong index %d in %d", m, n).isFalse();
                }
            }
            for (int m = 0; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(MerkleProofs.consistencyHolds(m, n, tree.root(m), root, proof)).as("consistency %d to %d", m, n).isTrue();
                if (m > 0 && m < n) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(0, MerkleTree.leafHash(new byte[]{42}));
                    assertThat(MerkleProofs.consistencyHolds(m, n, tree.root(m), root, tampered))
                            .as("tampered consistency %d to %d", m, n).isFalse();
                    byte[] otherFirstRoot = MerkleTree.leafHash(new byte[]{99});
                    assertThat(MerkleProofs.consistencyHolds(m, n, otherFirstRoot, root, proof))
                            .as("consistency from another log's head %d to %d", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void aLeafCanNeverPassForANode() {
        byte[] left = MerkleTree.leafHash(new byte[]{1});
        byte[] right = MerkleTree.leafHash(new byte[]{2});
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);

        assertThat(MerkleTree.leafHash(concatenated)).isNotEqualTo(MerkleTree.nodeHash(left, right));
    }
}
