package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.fees.FeeSchedules;

class CountAllocationTest {

    @Test
    void dualBoundIsNeverBelowTheExactDollarOptimum() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 200; trial++) {
            double[][] values = concaveValues(random, 3, 40);
            int[][] costs = costs(values);
            int maxUsd = 100 + random.nextInt(900);
            double exact = CountAllocation.solve(values, costs, maxUsd, Integer.MAX_VALUE)
                    .value();
            double bound = CountAllocation.dualBound(values, costs, maxUsd).value();
            assertThat(bound).isGreaterThanOrEqualTo(exact - 1e-9);
        }
    }

    /**
     * The dual is convex and piecewise linear in the price, so its least value is at price 0 or at a price where two
     * counts of one bucket tie: the bound must equal the least of the dual over all those prices, worked out here
     * directly, for concave values and for values that are only nondecreasing (the hull then skips counts).
     */
    @Test
    void dualBoundIsTheDualAtItsLeastPrice() {
        SplittableRandom random = new SplittableRandom(24);
        for (int trial = 0; trial < 300; trial++) {
            double[][] values = trial % 2 == 0 ? concaveValues(random, 3, 40) : risingValues(random, 3, 40);
            int[][] costs = costs(values);
            int maxUsd = 20 + random.nextInt(900);
            double least = directDual(values, costs, maxUsd, 0);
            for (int b = 0; b < values.length; b++) {
                for (int n = 0; n < values[b].length; n++) {
                    for (int m = n + 1; m < values[b].length; m++) {
                        if (costs[b][m] > costs[b][n]) {
                            double price = (values[b][m] - values[b][n]) / (costs[b][m] - costs[b][n]);
                            least = Math.min(least, directDual(values, costs, maxUsd, price));
                        }
                    }
                }
            }
            CountAllocation bound = CountAllocation.dualBound(values, costs, maxUsd);
            assertThat(bound.value()).as("trial %d", trial).isCloseTo(least, within(1e-9));
            double exact = CountAllocation.solve(values, costs, maxUsd, Integer.MAX_VALUE)
                    .value();
            assertThat(bound.value()).isGreaterThanOrEqualTo(exact - 1e-9);
        }
    }

    /** lambda * maxUsd + sum_b max over the counts the dollars pay for alone of values[b][n] - lambda * cost_b(n). */
    private static double directDual(double[][] values, int[][] costs, int maxUsd, double price) {
        double total = price * maxUsd;
        for (int b = 0; b < values.length; b++) {
            double best = 0;
            for (int n = 1; n < values[b].length && costs[b][n] <= maxUsd; n++) {
                best = Math.max(best, values[b][n] - price * costs[b][n]);
            }
            total += best;
        }
        return total;
    }

    @Test
    void mergeOfMarginalsEqualsTheDynamicProgramUnderACountLimit() {
        SplittableRandom random = new SplittableRandom(22);
        for (int trial = 0; trial < 200; trial++) {
            double[][] values = concaveValues(random, 4, 30);
            int maxPrograms = 1 + random.nextInt(60);
            CountAllocation merged = CountAllocation.byCount(values, maxPrograms);
            CountAllocation exact = CountAllocation.solve(values, costs(values), Integer.MAX_VALUE, maxPrograms);
            assertThat(merged.value()).isCloseTo(exact.value(), within(1e-9));
            assertThat(Arrays.stream(merged.counts()).sum()).isLessThanOrEqualTo(maxPrograms);
        }
    }

    @Test
    void dynamicProgramSpendsWithinBothLimits() {
        SplittableRandom random = new SplittableRandom(23);
        for (int trial = 0; trial < 100; trial++) {
            double[][] values = concaveValues(random, 3, 30);
            int[][] costs = costs(values);
            int maxUsd = 50 + random.nextInt(500);
            int maxPrograms = 1 + random.nextInt(40);
            CountAllocation allocation = CountAllocation.solve(values, costs, maxUsd, maxPrograms);
            int spent = 0;
            for (int b = 0; b < values.length; b++) {
                spent += costs[b][allocation.counts()[b]];
            }
            assertThat(spent).isLessThanOrEqualTo(maxUsd);
            assertThat(Arrays.stream(allocation.counts()).sum()).isLessThanOrEqualTo(maxPrograms);
        }
    }

    private static double[][] concaveValues(SplittableRandom random, int buckets, int size) {
        double[][] values = new double[buckets][];
        for (int b = 0; b < buckets; b++) {
            double[] gains = random.doubles(size, 0, 0.5).toArray();
            Arrays.sort(gains);
            values[b] = new double[size + 1];
            for (int n = 1; n <= size; n++) {
                values[b][n] = values[b][n - 1] + gains[size - n];
            }
        }
        return values;
    }

    /** Values that never fall but whose gains come in random order, so that some counts lie under the hull. */
    private static double[][] risingValues(SplittableRandom random, int buckets, int size) {
        double[][] values = new double[buckets][size + 1];
        for (int b = 0; b < buckets; b++) {
            for (int n = 1; n <= size; n++) {
                values[b][n] = values[b][n - 1] + (random.nextInt(4) == 0 ? 0 : random.nextDouble(0, 0.5));
            }
        }
        return values;
    }

    /** The first bucket on the fellowship schedule (flat first tier), the others on the residency schedule. */
    private static int[][] costs(double[][] values) {
        int[][] costs = new int[values.length][];
        for (int b = 0; b < values.length; b++) {
            costs[b] = FeeCalculator.costTableUsd(
                    b == 0 ? FeeSchedules.fellowship2026() : FeeSchedules.residency(2026), values[b].length - 1);
        }
        return costs;
    }
}
