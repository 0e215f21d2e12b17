package org.smartpick.core.optimize;

import java.util.Arrays;

/**
 * The best number of programs per fee bucket when each bucket's value depends only on its count.
 * {@code values[b][n]} is the value of n programs of bucket b (values[b][0] = 0, nondecreasing) and
 * {@code costsUsd[b][n]} their fee (nondecreasing in n). {@code value} is the optimum, or for
 * {@link #dualBound} an upper bound on it, and {@code counts} the allocation that attains it (for the dual bound it
 * may exceed the budget).
 */
record CountAllocation(double value, int[] counts) {
    /**
     * Exact for a program-count limit alone when every bucket's value is concave in n (each further program of a
     * bucket adds no more than the one before): take the largest marginal values across buckets.
     */
    static CountAllocation byCount(double[][] values, int maxPrograms) {
        int buckets = values.length;
        int[] counts = new int[buckets];
        double total = 0;
        for (int taken = 0; taken < maxPrograms; taken++) {
            int bestBucket = -1;
            double bestGain = 0;
            for (int b = 0; b < buckets; b++) {
                if (counts[b] + 1 < values[b].length) {
                    double gain = values[b][counts[b] + 1] - values[b][counts[b]];
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestBucket = b;
                    }
                }
            }
            if (bestBucket < 0) {
                break;
            }
            counts[bestBucket]++;
            total += bestGain;
        }
        return new CountAllocation(total, counts);
    }

    /**
     * An upper bound on the dollar-limited optimum by Lagrangian duality: for every price lambda >= 0,
     * lambda * maxUsd + sum_b max_n (values[b][n] - lambda * cost_b(n)) is at least the optimum, n running only up to
     * the most programs of bucket b the dollars pay for on their own (a limit every allocation keeps). The bound is
     * taken at the price where this convex, piecewise-linear function of lambda is least ({@link #leastDualPrice}),
     * and counts hold the maximising n per bucket there (ties to the smaller n); they may exceed the budget.
     */
    static CountAllocation dualBound(double[][] values, int[][] costsUsd, int maxUsd) {
        int[] reach = new int[values.length];
        for (int b = 0; b < values.length; b++) {
            int n = values[b].length - 1;
            while (n > 0 && costsUsd[b][n] > maxUsd) {
                n--;
            }
            reach[b] = n;
        }
        double price = leastDualPrice(values, costsUsd, reach, maxUsd);
        int[] counts = new int[values.length];
        return new CountAllocation(dual(values, costsUsd, reach, maxUsd, price, counts), counts);
    }

    /**
     * The price at which the dual is least. A bucket's term max_n (values[b][n] - lambda * cost_b(n)) only ever takes
     * the corners of the upper concave hull of its points (cost_b(n), values[b][n]); between prices it takes the
     * corner after every hull edge steeper than lambda. The dual's slope is maxUsd less the cost of the corners
     * taken, so it is least at the slope of the edge, over all buckets' edges from steepest down, at which the
     * dollars first run out (0 when every corner fits). Any fee schedule, flat tiers included.
     */
    private static double leastDualPrice(double[][] values, int[][] costsUsd, int[] reach, int maxUsd) {
        int buckets = values.length;
        int[][] hulls = new int[buckets][];
        for (int b = 0; b < buckets; b++) {
            hulls[b] = upperHull(values[b], costsUsd[b], reach[b]);
        }
        int[] corner = new int[buckets];
        long spentUsd = 0;
        while (true) {
            int steepest = -1;
            double steepestSlope = 0;
            for (int b = 0; b < buckets; b++) {
                int[] hull = hulls[b];
                if (corner[b] + 1 < hull.length) {
                    int from = hull[corner[b]];
                    int to = hull[corner[b] + 1];
                    double slope = (values[b][to] - values[b][from]) / (costsUsd[b][to] - costsUsd[b][from]);
                    if (steepest < 0 || slope > steepestSlope) {
                        steepest = b;
                        steepestSlope = slope;
                    }
                }
            }
            if (steepest < 0) {
                return 0;
            }
            int[] hull = hulls[steepest];
            spentUsd += costsUsd[steepest][hull[corner[steepest] + 1]] - costsUsd[steepest][hull[corner[steepest]]];
            if (spentUsd > maxUsd) {
                return Math.max(0, steepestSlope);
            }
            corner[steepest]++;
        }
    }

    /**
     * The counts 0..reach at the corners of the upper concave hull of the points (cost(n), value(n)), in order of
     * cost; of counts that cost the same only the last (the most value) can be a corner.
     */
    private static int[] upperHull(double[] value, int[] cost, int reach) {
        int[] hull = new int[reach + 1];
        int size = 0;
        for (int n = 0; n <= reach; n++) {
            if (size > 0 && cost[n] == cost[hull[size - 1]]) {
                size--;
            }
            while (size >= 2 && !bendsDown(value, cost, hull[size - 2], hull[size - 1], n)) {
                size--;
            }
            hull[size++] = n;
        }
        return Arrays.copyOf(hull, size);
    }

    /** Whether the point at b lies strictly above the chord from a to c (a, b, c in order of strictly rising cost). */
    private static boolean bendsDown(double[] value, int[] cost, int a, int b, int c) {
        return (value[b] - value[a]) * (cost[c] - cost[b]) > (value[c] - value[b]) * (cost[b] - cost[a]);
    }

    /** The Lagrangian dual at one price, n up to reach[b]; fills counts with the first maximising n per bucket. */
    private static double dual(
            double[][] values, int[][] costsUsd, int[] reach, int maxUsd, double price, int[] counts) {
        double total = price * maxUsd;
        for (int b = 0; b < values.length; b++) {
            double best = 0;
            int bestN = 0;
            for (int n = 1; n <= reach[b]; n++) {
                double net = values[b][n] - price * costsUsd[b][n];
                if (net > best) {
                    best = net;
                    bestN = n;
                }
            }
            total += best;
            counts[b] = bestN;
        }
        return total;
    }

    /**
     * Exact for any fee schedule and any value table: a dynamic program over buckets whose state is the dollars
     * spent and, when that limit binds too, the programs used.
     */
    static CountAllocation solve(double[][] values, int[][] costsUsd, int maxUsd, int maxPrograms) {
        int buckets = values.length;
        int[] caps = new int[buckets];
        long fullCost = 0;
        long fullCount = 0;
        for (int b = 0; b < buckets; b++) {
            int cap = Math.min(values[b].length - 1, maxPrograms);
            while (cap > 0 && costsUsd[b][cap] > maxUsd) {
                cap--;
            }
            caps[b] = cap;
            fullCost += costsUsd[b][cap];
            fullCount += cap;
        }
        boolean dollarsBind = fullCost > maxUsd;
        boolean countBinds = fullCount > maxPrograms;
        int dollarStates = dollarsBind ? maxUsd + 1 : 1;
        int countStates = countBinds ? maxPrograms + 1 : 1;
        int states = dollarStates * countStates;
        double[] best = new double[states];
        int[][] choice = new int[buckets][states];
        for (int b = 0; b < buckets; b++) {
            double[] next = new double[states];
            for (int d = 0; d < dollarStates; d++) {
                for (int h = 0; h < countStates; h++) {
                    int state = d * countStates + h;
                    double top = Double.NEGATIVE_INFINITY;
                    int topN = 0;
                    for (int n = 0; n <= caps[b]; n++) {
                        int spend = dollarsBind ? costsUsd[b][n] : 0;
                        int used = countBinds ? n : 0;
                        if (spend > d || used > h) {
                            break;
                        }
                        double candidate = best[(d - spend) * countStates + h - used] + values[b][n];
                        if (candidate > top) {
                            top = candidate;
                            topN = n;
                        }
                    }
                    next[state] = top;
                    choice[b][state] = topN;
                }
            }
            best = next;
        }
        int[] counts = new int[buckets];
        int d = dollarStates - 1;
        int h = countStates - 1;
        for (int b = buckets - 1; b >= 0; b--) {
            int n = choice[b][d * countStates + h];
            counts[b] = n;
            d -= dollarsBind ? costsUsd[b][n] : 0;
            h -= countBinds ? n : 0;
        }
        return new CountAllocation(buckets == 0 ? 0 : best[states - 1], counts);
    }
}
