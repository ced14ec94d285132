package nl.hamerslag.platform.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pass gives, for every size, what reading the leaves below that size on their own gives (the way a head
 * was checked before): their number, and the root of the first {@code size} of them when there are that many.
 * Also when leaves were removed (an index missing) or one was slipped in below the first (a negative index).
 */
class PrefixRootsTest {

    record Leaf(long index, byte[] hash) {
    }

    static List<Leaf> leaves(long... indexes) {
        List<Leaf> leaves = new ArrayList<>();
        for (long index : indexes) {
            leaves.add(new Leaf(index, MerkleTree.leafHash(("leaf " + index).getBytes(StandardCharsets.UTF_8))));
        }
        return leaves;
    }

    /** A head checked on its own: the leaves with an index below its size, counted, and their tree's root. */
    static PrefixRoots.Prefix alone(List<Leaf> leaves, long size) {
        List<byte[]> below = leaves.stream().filter(leaf -> leaf.index() < size).map(Leaf::hash).toList();
        return new PrefixRoots.Prefix(size, below.size(), below.size() < size ? null : new MerkleTree(below).root(size));
    }

    static void assertOnePassIsEachAlone(List<Leaf> leaves, long largest) {
        List<Long> sizes = LongStream.rangeClosed(0, largest).boxed().toList();
        PrefixRoots roots = new PrefixRoots(sizes);
        leaves.stream().filter(leaf -> leaf.index() < largest).forEach(leaf -> roots.accept(leaf.index(), leaf.hash()));
        Map<Long, PrefixRoots.Prefix> prefixes = roots.prefixes();
        for (long size : sizes) {
            PrefixRoots.Prefix expected = alone(leaves, size);
            assertThat(prefixes.get(size)).as("size " + size).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    @Test
    void everyPrefixOfAWholeLogHasTheRootOfItsLeaves() {
        assertOnePassIsEachAlone(leaves(LongStream.range(0, 70).toArray()), 70);
    }

    @Test
    void aRemovedLeafLeavesEveryLargerPrefixShortAndTheSmallerOnesWhole() {
        long[] without17 = LongStream.range(0, 40).filter(i -> i != 17).toArray();
        assertOnePassIsEachAlone(leaves(without17), 40);
        assertThat(alone(leaves(without17), 20).root()).isNull();
        assertThat(alone(leaves(without17), 17).root()).isNotNull();
    }

    @Test
    void aLeafSlippedInBelowTheFirstShiftsEveryPrefix() {
        long[] withMinusOne = LongStream.range(-1, 30).toArray();
        assertOnePassIsEachAlone(leaves(withMinusOne), 30);
    }

    @Test
    void sizesAskedTwiceOrOutOfOrderAreEachAnswered() {
        List<Leaf> leaves = leaves(LongStream.range(0, 9).toArray());
        PrefixRoots roots = new PrefixRoots(List.of(9L, 3L, 9L, 0L));
        leaves.forEach(leaf -> roots.accept(leaf.index(), leaf.hash()));
        Map<Long, PrefixRoots.Prefix> prefixes = roots.prefixes();
        assertThat(prefixes.get(9L).root()).isEqualTo(alone(leaves, 9).root());
        assertThat(prefixes.get(3L).root()).isEqualTo(alone(leaves, 3).root());
        assertThat(prefixes.get(0L).root()).isEqualTo(alone(leaves, 0).root());
    }
}
