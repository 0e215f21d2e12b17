package org.smartpick.core.optimize;

/**
 * The best number of programs per fee bucket when each bucket's value depends only on its count: a dynamic program
 * over buckets whose state is the dollars spent and, when that limit binds, the programs used. It is exact for any
 * fee schedule and any value table; {@code values[b][n]} is the value of n programs of bucket b (value[b][0] = 0) and
 * {@code costsUsd[b][n]} their fee (nondecreasing in n).
 */
record CountAllocation(double value, int[] counts) {

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
