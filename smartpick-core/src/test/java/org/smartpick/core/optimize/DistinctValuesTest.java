package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistinctValuesTest {

    @Test
    void placesPointAtEqualValuesAmongStrictlyAscendingDistinctOnes() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(1, 3_000);
            double[] pool = random.doubles(1 + random.nextInt(n), 0, 1).toArray();
            double[] values = new double[n + 2];
            for (int i = 0; i < n; i++) {
                values[i] = pool[random.nextInt(pool.length)];
            }
            values[n] = 0.0;
            values[n + 1] = -0.0;
            DistinctValues distinct = DistinctValues.of(values, values.length);
            double[] ascending = distinct.values();
            for (int u = 1; u < ascending.length; u++) {
                assertThat(Double.compare(ascending[u - 1], ascending[u])).isNegative();
            }
            for (int i = 0; i < values.length; i++) {
                assertThat(Double.compare(ascending[distinct.place(i)], values[i]))
                        .as("value %d", i)
                        .isZero();
            }
            assertThat(ascending)
                    .hasSize((int) Arrays.stream(values).boxed().distinct().count());
        }
    }

    @Test
    void firstSeenOrderKeepsTheOrderOfFirstAppearanceWithTheSamePlaces() {
        double[] values = {0.3, 0.1, 0.3, -0.0, 0.0, 0.1, 0.7};
        DistinctValues distinct = DistinctValues.inFirstSeenOrder(values, values.length);
        assertThat(distinct.values()).containsExactly(0.3, 0.1, -0.0, 0.0, 0.7);
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.compare(distinct.values()[distinct.place(i)], values[i]))
                    .isZero();
        }
    }

    @Test
    void onlyTheFirstNValuesCount() {
        DistinctValues distinct = DistinctValues.of(new double[] {0.3, 0.1, 0.3, 0.9}, 3);
        assertThat(distinct.values()).containsExactly(0.1, 0.3);
        assertThat(new int[] {distinct.place(0), distinct.place(1), distinct.place(2)})
                .containsExactly(1, 0, 1);
    }
}
