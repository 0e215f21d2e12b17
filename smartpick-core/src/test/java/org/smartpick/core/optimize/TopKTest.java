package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {
    /** Offers in random order with many equal keys give the first k of a full sort by key (descending), then id. */
    @Test
    void keepsTheFirstKOfAFullSortWithTiesByTheLowerId() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(60);
            int k = random.nextInt(n + 3);
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = random.nextInt(6) / 4.0;
            }
            int[] offerOrder = IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                int held = offerOrder[i];
                offerOrder[i] = offerOrder[swap];
                offerOrder[swap] = held;
            }
            TopK top = new TopK(k);
            for (int i : offerOrder) {
                top.offer(key[i], i);
            }
            int[] expected = IntStream.range(0, n)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -key[i]).thenComparingInt(i -> i))
                    .limit(k)
                    .mapToInt(Integer::intValue)
                    .toArray();
            int[] actual = IntStream.range(0, top.held()).map(top::id).toArray();
            assertThat(actual).as("trial " + trial).containsExactly(expected);
        }
    }

    /**
     * Selection marks the ids a TopK offered every pair holds: random keys with many ties (and -0.0 beside 0.0), ids
     * ascending with gaps, counts from none to more than there are ids.
     */
    @Test
    void markBestMarksWhatTopKHolds() {
        SplittableRandom random = new SplittableRandom(29);
        double[] levels = {-0.0, 0.0, 0.25, 0.5, 0.5, 0.75, 1.0};
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(80);
            int count = random.nextInt(n + 3) - 1;
            double[] keys = new double[n];
            int[] ids = new int[n];
            int id = 0;
            for (int i = 0; i < n; i++) {
                keys[i] = trial % 3 == 0 ? random.nextDouble() : levels[random.nextInt(levels.length)];
                id += 1 + random.nextInt(3);
                ids[i] = id;
            }
            TopK top = new TopK(Math.max(0, count));
            for (int i = 0; i < n; i++) {
                top.offer(keys[i], ids[i]);
            }
            boolean[] expected = new boolean[id + 1];
            for (int rank = 0; rank < top.held(); rank++) {
                expected[top.id(rank)] = true;
            }
            boolean[] marked = new boolean[id + 1];
            double[] given = keys.clone();
            TopK.markBest(keys, ids, count, marked);
            assertThat(marked).as("trial " + trial).containsExactly(expected);
            assertThat(keys).as("the keys are left as they were").containsExactly(given);
        }
    }

    @Test
    void prefixSumsTheBestKeysAndPadsWithZeros() {
        TopK top = new TopK(3);
        top.offer(0.5, 0);
        top.offer(2.0, 1);
        assertThat(top.held()).isEqualTo(2);
        assertThat(top.prefix()).containsExactly(new double[] {0, 2.0, 2.5, 2.5});
        top.offer(1.0, 2);
        top.offer(0.25, 3);
        top.offer(0.5, 4);
        assertThat(top.prefix()).containsExactly(new double[] {0, 2.0, 3.0, 3.5});
        assertThat(top.id(2))
                .as("an equal key with a higher id does not displace the lower one")
                .isEqualTo(0);
    }
}
