package org.smartpick.core.optimize;

/**
 * The best number of programs per fee bucket when each bucket's value depends only on its count.
 * {@code values[b][n]} is the value of n programs of bucket b (values[b][0] = 0, nondecreasing) and
 * {@code costsUsd[b][n]} their fee (nondecreasing in n). {@code value} is the optimum, or for
 * {@link #dualBound} an upper bound on it, and {@code counts} the allocation that attains it (for the dual bound it
 * may exceed the budget).
 */
record CountAllocation(double value, int[] counts) {
    private static final int GOLDEN_SECTION_STEPS = 50;

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
     * lambda * maxUsd + sum_b max_n (values[b][n] - lambda * cost_b(n)) is at least the optimum; the price is chosen
     * by golden-section search on this convex function. Much cheaper than the dynamic program, never below it.
     */
    static CountAllocation dualBound(double[][] values, int[][] costsUsd, int maxUsd) {
        double low = 0;
        double high = 1e-9;
        for (int b = 0; b < values.length; b++) {
            for (int n = 1; n < values[b].length; n++) {
                if (costsUsd[b][n] > 0) {
                    high = Math.max(high, values[b][n] / costsUsd[b][n]);
                }
            }
        }
        boolean[] convex = new boolean[values.length];
        for (int b = 0; b < values.length; b++) {
            convex[b] = convexCosts(costsUsd[b], values[b].length);
        }
        double ratio = (Math.sqrt(5) - 1) / 2;
        double left = high - ratio * (high - low);
        double right = low + ratio * (high - low);
        double leftValue = dual(values, costsUsd, convex, maxUsd, left, null);
        double rightValue = dual(values, costsUsd, convex, maxUsd, right, null);
        for (int step = 0; step < GOLDEN_SECTION_STEPS; step++) {
            if (leftValue <= rightValue) {
                high = right;
                right = left;
                rightValue = leftValue;
                left = high - ratio * (high - low);
                leftValue = dual(values, costsUsd, convex, maxUsd, left, null);
            } else {
                low = left;
                left = right;
                leftValue = rightValue;
                right = low + ratio * (high - low);
                rightValue = dual(values, costsUsd, convex, maxUsd, right, null);
            }
        }
        double price = leftValue <= rightValue ? left : right;
        int[] counts = new int[values.length];
        double bound = Math.min(dual(values, costsUsd, convex, maxUsd, price, counts), dual(values, costsUsd, convex, maxUsd, high, null));
        return new CountAllocation(bound, counts);
    }

    /**
     * The Lagrangian dual at one price; fills counts with the maximising n per bucket when given. A bucket's values
     * are concave in n (best programs first), so where its fees are convex in n the net value is concave and the scan
     * stops at its first drop.
     */
    private static double dual(double[][] values, int[][] costsUsd, boolean[] convex, int maxUsd, double price,
                               int[] counts) {
        double total = price * maxUsd;
        for (int b = 0; b < values.length; b++) {
            double best = 0;
            int bestN = 0;
            double previous = 0;
            for (int n = 1; n < values[b].length; n++) {
                double net = values[b][n] - price * costsUsd[b][n];
                if (net > best) {
                    best = net;
                    bestN = n;
                } else if (convex[b] && net < previous) {
                    break;
                }
                previous = net;
            }
            total += best;
            if (counts != null) {
                counts[b] = bestN;
            }
        }
        return total;
    }

    /** Whether each further program costs at least as much as the one before (fee tiers that only rise). */
    private static boolean convexCosts(int[] costsUsd, int length) {
        for (int n = 2; n < length; n++) {
            if (costsUsd[n] - costsUsd[n - 1] < costsUsd[n - 1] - costsUsd[n - 2]) {
                return false;
            }
        }
        return true;
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
