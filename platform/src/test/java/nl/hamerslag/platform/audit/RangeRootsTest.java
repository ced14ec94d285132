package nl.hamerslag.platform.audit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A proof from one pass over the leaves (what the service now does, holding no list of leaves) is the proof the
 * whole tree in memory gives, for every leaf and size up to 70, and each verifies with the RFC's checks.
 */
class RangeRootsTest {

    static final List<byte[]> LEAVES = IntStream.range(0, 70)
            .mapToObj(i -> MerkleTree.leafHash(new byte[]{(byte) i, (byte) (i * 13)})).toList();

    static RangeRoots onePass(long size, List<MerkleTree.Range> ranges) {
        RangeRoots roots = new RangeRoots(ranges);
        for (int i = 0; i < size; i++) {
            roots.accept(i, LEAVES.get(i));
        }
        return roots;
    }

    static List<String> hex(List<byte[]> hashes) {
        return MerkleTreeTest.hex(hashes);
    }

    @Test
    void everyInclusionProofFromOnePassIsTheTreesProof() {
        MerkleTree tree = new MerkleTree(LEAVES);
        for (int n = 1; n <= LEAVES.size(); n++) {
            for (int m = 0; m < n; m++) {
                List<MerkleTree.Range> path = MerkleTree.inclusionRanges(m, n);
                List<MerkleTree.Range> ranges = new ArrayList<>(path);
                ranges.add(new MerkleTree.Range(0, n));
                RangeRoots roots = onePass(n, ranges);

                List<byte[]> proof = roots.roots(0, path.size());
                assertThat(hex(proof)).as("path of %d in %d", m, n).isEqualTo(hex(tree.inclusionProof(m, n)));
                assertThat(roots.root(path.size())).as("root %d", n).isEqualTo(tree.root(n));
                assertThat(MerkleProofs.inclusionHolds(LEAVES.get(m), m, n, proof, roots.root(path.size()))).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofFromOnePassIsTheTreesProof() {
        MerkleTree tree = new MerkleTree(LEAVES);
        for (int n = 0; n <= LEAVES.size(); n++) {
            for (int m = 0; m <= n; m++) {
                List<MerkleTree.Range> proofRanges = MerkleTree.consistencyRanges(m, n);
                List<MerkleTree.Range> ranges = new ArrayList<>(proofRanges);
                ranges.add(new MerkleTree.Range(0, m));
                ranges.add(new MerkleTree.Range(0, n));
                RangeRoots roots = onePass(n, ranges);

                List<byte[]> proof = roots.roots(0, proofRanges.size());
                assertThat(hex(proof)).as("consistency %d to %d", m, n).isEqualTo(hex(tree.consistencyProof(m, n)));
                byte[] first = roots.root(proofRanges.size());
                byte[] second = roots.root(proofRanges.size() + 1);
                assertThat(first).isEqualTo(tree.root(m));
                assertThat(second).isEqualTo(tree.root(n));
                assertThat(MerkleProofs.consistencyHolds(m, n, first, second, proof)).isTrue();
            }
        }
    }

    @Test
    void theProofsOfEveryLeafOfATreeFromOneSharedPassAreEachTheTreesProof() {
        MerkleTree tree = new MerkleTree(LEAVES);
        for (int n : new int[]{1, 2, 7, 32, 33, 70}) {
            List<MerkleTree.Range> ranges = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                starts.add(ranges.size());
                ranges.addAll(MerkleTree.inclusionRanges(m, n));
            }
            starts.add(ranges.size());
            ranges.add(new MerkleTree.Range(0, n));
            RangeRoots roots = onePass(n, ranges);

            for (int m = 0; m < n; m++) {
                assertThat(hex(roots.roots(starts.get(m), starts.get(m + 1)))).as("path of %d in %d, shared pass", m, n)
                        .isEqualTo(hex(tree.inclusionProof(m, n)));
            }
            assertThat(roots.root(ranges.size() - 1)).isEqualTo(tree.root(n));
        }
    }

    @Test
    void aRangeThatIsNoRangeOfTheTreeIsRefused() {
        assertThatThrownBy(() -> new RangeRoots(List.of(new MerkleTree.Range(1, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is no range of RFC 9162's tree");
    }

    @Test
    void aRangeThePassDidNotGiveWhollyHasNoRoot() {
        RangeRoots roots = onePass(5, List.of(new MerkleTree.Range(4, 8)));

        assertThat(roots.leavesSeen()).isEqualTo(5);
        assertThatThrownBy(() -> roots.root(0)).hasMessageContaining("gave 1 of the 4 leaves");
    }
}
