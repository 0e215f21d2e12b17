package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BestFirstTest {

    @Test
    void ordersByKeyHighestFirstThenByLowerIndexLikeAComparatorSort() {
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 300; round++) {
            int size = random.nextInt(1, 2_000);
            double[] key = new double[size];
            double[] pool = random.doubles(1 + random.nextInt(size), -1, 1).toArray();
            for (int j = 0; j < size; j++) {
                key[j] = pool[random.nextInt(pool.length)];
            }
            int[] members =
                    IntStream.range(0, size).filter(j -> random.nextInt(3) > 0).toArray();
            int[] expected = IntStream.of(members)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> key[j])
                            .reversed()
                            .thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue)
                    .toArray();
            int[] groupOf = new int[size];
            Arrays.fill(groupOf, -1);
            for (int j : members) {
                groupOf[j] = 0;
            }
            assertThat(GroupOrders.bestFirst(groupOf, key))
                    .as("round %d", round)
                    .containsExactly(expected);
        }
    }
}
