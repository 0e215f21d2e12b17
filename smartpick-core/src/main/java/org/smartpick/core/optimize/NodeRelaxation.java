package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The upper bound and the starting lists. At each quadrature node outcomes are independent, and the expected
 * utility telescopes over utility levels: E[t_best] = sum_l (t_l - t_{l+1}) P(some program of utility >= t_l takes
 * you). Each term is at most the best P(at least one) over candidates of utility >= t_l, which is
 * 1 - exp(-max sum of -log(1 - p)): a count allocation per fee bucket (top n by chance within a bucket), solved
 * exactly by {@link CountAllocation}. Signals enter as a relaxation: a bucket's n programs gain at most the
 * min(n, slots) largest signal increments of each kind, ignoring institution rules. Summing the node optima with the
 * quadrature weights bounds every list the budget allows.
 */
final class NodeRelaxation {
    /** A start: n programs of each bucket, the best by chance among candidates of utility level <= maxLevel. */
    record Start(int maxLevel, int[] counts) {}

    record Result(double upperBound, List<Start> starts) {}

    private final CandidateTable table;
    private final int[][] bucketOrder;

    NodeRelaxation(CandidateTable table) {
        this.table = table;
        bucketOrder = table.bucketsByChance;
    }

    Result solve(Limits limits) {
        double bound = 0;
        List<Start> starts = new ArrayList<>();
        boolean manyNodes = table.nodes > 1;
        for (int k = 0; k < table.nodes; k++) {
            double nodeBound = 0;
            double[][][] values = bucketValues(k, limits.maxPrograms());
            for (int level = 0; level < table.levels(); level++) {
                CountAllocation allocation = allocate(values[level], limits, manyNodes, starts, level);
                double nextUtility = level + 1 < table.levels() ? table.levelUtility[level + 1] : 0;
                nodeBound += (table.levelUtility[level] - nextUtility) * -Math.expm1(-allocation.value());
            }
            bound += table.weights[k] * nodeBound;
        }
        return new Result(bound, distinct(starts));
    }

    /**
     * With a count limit alone, the exact merge of marginal values (the values are concave). With dollars at a single
     * node, the exact dynamic program (over dollars and, if both bind, counts). With dollars at many nodes, the
     * Lagrangian dual bound, and with both limits the smaller of the two single-limit bounds.
     */
    private CountAllocation allocate(
            double[][] values, Limits limits, boolean manyNodes, List<Start> starts, int level) {
        boolean dollars = limits.maxProgramUsd() < Integer.MAX_VALUE;
        boolean count = limits.maxPrograms() < Integer.MAX_VALUE;
        CountAllocation result;
        if (!dollars) {
            result = CountAllocation.byCount(values, limits.maxPrograms());
        } else if (!manyNodes) {
            result = CountAllocation.solve(values, table.bucketCostUsd, limits.maxProgramUsd(), limits.maxPrograms());
        } else {
            result = CountAllocation.dualBound(values, table.bucketCostUsd, limits.maxProgramUsd());
            if (count) {
                CountAllocation byCount = CountAllocation.byCount(values, limits.maxPrograms());
                starts.add(new Start(level, byCount.counts()));
                result = byCount.value() < result.value() ? byCount : result;
            }
        }
        starts.add(new Start(level, result.counts()));
        return result;
    }

    /**
     * values[level][b][n]: the relaxed -log P(no match) of the best n programs of bucket b with utility level <= level.
     * The candidates of a level join the signal increments' top lists once, as the levels widen.
     */
    private double[][][] bucketValues(int node, int maxPrograms) {
        double[][][] values = new double[table.levels()][table.buckets()][];
        double[] noSignal = table.logMiss.row(NO_SIGNAL, node);
        for (int b = 0; b < table.buckets(); b++) {
            int cap = Math.min(table.bucketCap[b], maxPrograms);
            TopK strong = new TopK(Math.min(table.strongSlots[b], bucketOrder[b].length));
            TopK ordinary = new TopK(Math.min(table.ordinarySlots[b], bucketOrder[b].length));
            for (int level = 0; level < table.levels(); level++) {
                for (int j : table.sortedByOption[NO_SIGNAL][table.group(b, level)]) {
                    if (table.strongSlots[b] > 0) {
                        strong.offer(increment(noSignal, table.logMiss.row(GOLD, node), j), j);
                    }
                    if (table.ordinarySlots[b] > 0) {
                        ordinary.offer(increment(noSignal, table.logMiss.row(ORDINARY, node), j), j);
                    }
                }
                double[] plain = new double[cap];
                int n = 0;
                for (int i = 0; i < bucketOrder[b].length && n < cap; i++) {
                    int j = bucketOrder[b][i];
                    if (table.level[j] <= level) {
                        plain[n++] = -noSignal[j];
                    }
                }
                values[level][b] = cumulative(plain, strong.prefix(), ordinary.prefix(), n);
            }
        }
        return values;
    }

    /** How much a signal would add to -log P(no match) at this program and node: its miss log-chances without and with it. */
    static double increment(double[] noSignal, double[] signalled, int j) {
        return Math.max(0, noSignal[j] - signalled[j]);
    }

    private static double[] cumulative(double[] plain, double[] strongPrefix, double[] ordinaryPrefix, int n) {
        double[] values = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            values[i] = values[i - 1] + plain[i - 1];
        }
        for (int i = 1; i <= n; i++) {
            values[i] += strongPrefix[Math.min(i, strongPrefix.length - 1)]
                    + ordinaryPrefix[Math.min(i, ordinaryPrefix.length - 1)];
        }
        return values;
    }

    private static List<Start> distinct(List<Start> starts) {
        List<Start> distinct = new ArrayList<>();
        for (Start start : starts) {
            boolean seen = distinct.stream()
                    .anyMatch(s -> s.maxLevel() == start.maxLevel() && Arrays.equals(s.counts(), start.counts()));
            if (!seen) {
                distinct.add(start);
            }
        }
        return distinct;
    }

    /** The list a start describes: the top counts[b] of each bucket by chance, without signals. */
    void build(Start start, ListState state) {
        for (int b = 0; b < table.buckets(); b++) {
            int taken = 0;
            for (int j : bucketOrder[b]) {
                if (taken == start.counts()[b]) {
                    break;
                }
                if (table.level[j] <= start.maxLevel()) {
                    state.apply(Move.of(Change.adding(j, NO_SIGNAL)));
                    taken++;
                }
            }
        }
    }
}
