package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NOT_SELECTED;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;
import static org.smartpick.core.optimize.SignalOption.isSelected;
import static org.smartpick.core.optimize.SignalOption.isSignal;

import java.util.Arrays;
import java.util.List;

/**
 * A mutable application list over a {@link CandidateTable}: each candidate's option, the counts the budget and
 * signal rules limit, and per node and utility level the sum of log(1 - p) of the selected programs, from which
 * the objective follows in O(nodes x levels).
 */
final class ListState {
    /** Room for the changes scored together: a move's (at most two); a longer list of changes grows it. */
    private static final int MOVE_CAPACITY = 4;

    final CandidateTable table;
    final int[] option;
    final int[] bucketCount;
    final int[] strongUsed;
    final int[] ordinaryUsed;
    final int[] signalsAtKey;
    final double[][] logMissSum;
    /** exp(logMissSum), refreshed lazily after a change: P(no selected program of the level takes you | node). */
    private final double[][] missProduct;
    /** The levels whose products are out of date: a change touches only its candidate's level. */
    private final boolean[] staleLevel;

    private boolean productsStale = true;
    /** Per node and level, the node value's running sum and P(no higher level takes you) before that level. */
    private final double[][] prefixValue;

    private final double[][] prefixNoneAbove;
    /** The objective the prefixes were built for, or null when the list changed since. */
    private Objective prefixObjective;

    /** A move's changes unpacked once for the node loop of {@link #valueAfter}: level and miss columns per change. */
    private int[] moveLevel = new int[MOVE_CAPACITY];

    private double[][] moveFrom = new double[MOVE_CAPACITY][];
    private double[][] moveTo = new double[MOVE_CAPACITY][];
    int count;
    int costUsd;

    ListState(CandidateTable table) {
        this.table = table;
        option = new int[table.size];
        Arrays.fill(option, NOT_SELECTED);
        bucketCount = new int[table.buckets()];
        strongUsed = new int[table.buckets()];
        ordinaryUsed = new int[table.buckets()];
        signalsAtKey = new int[table.signalKeys];
        logMissSum = new double[table.nodes][table.levels()];
        missProduct = new double[table.nodes][table.levels()];
        prefixValue = new double[table.nodes][table.levels()];
        prefixNoneAbove = new double[table.nodes][table.levels()];
        staleLevel = new boolean[table.levels()];
        Arrays.fill(staleLevel, true);
    }

    ListState copy() {
        ListState copy = new ListState(table);
        copy.assign(this);
        return copy;
    }

    void assign(ListState other) {
        System.arraycopy(other.option, 0, option, 0, option.length);
        System.arraycopy(other.bucketCount, 0, bucketCount, 0, bucketCount.length);
        System.arraycopy(other.strongUsed, 0, strongUsed, 0, strongUsed.length);
        System.arraycopy(other.ordinaryUsed, 0, ordinaryUsed, 0, ordinaryUsed.length);
        System.arraycopy(other.signalsAtKey, 0, signalsAtKey, 0, signalsAtKey.length);
        for (int k = 0; k < logMissSum.length; k++) {
            System.arraycopy(other.logMissSum[k], 0, logMissSum[k], 0, logMissSum[k].length);
        }
        count = other.count;
        costUsd = other.costUsd;
        Arrays.fill(staleLevel, true);
        productsStale = true;
    }

    boolean selected(int j) {
        return isSelected(option[j]);
    }

    /** Whether candidate j could take a signal without breaking a one-per-institution rule. */
    boolean institutionFree(int j) {
        return !table.onePerInstitution[table.bucket[j]] || signalsAtKey[table.signalKey[j]] == 0;
    }

    /** Whether the list after the move stays within every limit: programs, dollars, per-specialty caps and signals. */
    boolean feasible(Move move, Limits limits) {
        int newCount = count;
        int newCost = costUsd;
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            if (isSelected(c.to()) && !table.allows(c.candidate(), c.to())) {
                return false;
            }
            newCount += c.programDelta();
        }
        if (newCount > limits.maxPrograms()) {
            return false;
        }
        for (int i = 0; i < move.size(); i++) {
            int b = table.bucket[move.change(i).candidate()];
            if (firstInBucket(move, i, b)) {
                int n = bucketCount[b] + bucketDelta(move, b);
                if (n > table.bucketCap[b]) {
                    return false;
                }
                newCost += table.bucketCostUsd[b][n] - table.bucketCostUsd[b][bucketCount[b]];
                if (!signalsFit(move, b)) {
                    return false;
                }
            }
        }
        return newCost <= limits.maxProgramUsd();
    }

    void apply(Move move) {
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            int j = c.candidate();
            int b = table.bucket[j];
            costUsd -= table.bucketCostUsd[b][bucketCount[b]];
            if (isSelected(c.from())) {
                bucketCount[b]--;
                count--;
                countSignal(j, c.from(), -1);
                addLogMiss(j, c.from(), -1);
            }
            if (isSelected(c.to())) {
                bucketCount[b]++;
                count++;
                countSignal(j, c.to(), 1);
                addLogMiss(j, c.to(), 1);
            }
            costUsd += table.bucketCostUsd[b][bucketCount[b]];
            option[j] = c.to();
            staleLevel[table.level[j]] = true;
        }
        productsStale = true;
    }

    /**
     * The objective after the move without applying it. Scores by products of per-node miss chances (O(nodes x
     * (levels + move)) multiplications, no exp), so it agrees with {@link #value} to rounding.
     */
    double valueAfter(Move move, Objective objective) {
        int changes = move.size();
        for (int i = 0; i < changes; i++) {
            unpack(i, move.change(i));
        }
        return valueAfterUnpacked(changes, objective);
    }

    /**
     * The objective after all the changes, made together (any number of them, e.g. every program outside the
     * preferences dropped), without making them; scored as {@link #valueAfter(Move, Objective)} scores a move.
     */
    double valueAfter(List<Change> changes, Objective objective) {
        if (changes.isEmpty()) {
            return value(objective);
        }
        if (changes.size() > moveLevel.length) {
            moveLevel = new int[changes.size()];
            moveFrom = new double[changes.size()][];
            moveTo = new double[changes.size()][];
        }
        for (int i = 0; i < changes.size(); i++) {
            unpack(i, changes.get(i));
        }
        return valueAfterUnpacked(changes.size(), objective);
    }

    /** Holds change c as the i-th of the changes scored next: its level and its miss columns before and after. */
    private void unpack(int i, Change c) {
        int j = c.candidate();
        moveLevel[i] = table.level[j];
        moveFrom[i] = isSelected(c.from()) ? table.logMiss.missColumn(c.from(), j) : null;
        moveTo[i] = isSelected(c.to()) ? table.logMiss.missColumn(c.to(), j) : null;
    }

    private double valueAfterUnpacked(int changes, Objective objective) {
        refreshProducts();
        int firstLevel = moveLevel[0];
        for (int i = 1; i < changes; i++) {
            firstLevel = Math.min(firstLevel, moveLevel[i]);
        }
        refreshPrefixes(objective);
        double total = 0;
        for (int k = 0; k < table.nodes; k++) {
            double[] product = missProduct[k];
            double value = prefixValue[k][firstLevel];
            double noneAbove = prefixNoneAbove[k][firstLevel];
            for (int l = firstLevel; l < product.length; l++) {
                double none = product[l];
                for (int i = 0; i < changes; i++) {
                    if (moveLevel[i] == l) {
                        if (moveFrom[i] != null) {
                            none /= moveFrom[i][k];
                        }
                        if (moveTo[i] != null) {
                            none *= moveTo[i][k];
                        }
                    }
                }
                value = NodeValue.step(value, noneAbove, table.levelUtility[l], none, objective);
                noneAbove *= none;
            }
            total += table.weights[k] * NodeValue.end(value, noneAbove, objective);
        }
        return total;
    }

    /**
     * The objective of the list as it is, from the log sums (the reported value): P(at least one match) from their
     * total per node, expected utility from each level's miss product (their exponentials, kept for scoring moves).
     */
    double value(Objective objective) {
        double total = 0;
        if (objective == Objective.AT_LEAST_ONE_MATCH) {
            for (int k = 0; k < table.nodes; k++) {
                double all = 0;
                for (double s : logMissSum[k]) {
                    all += s;
                }
                total += table.weights[k] * -Math.expm1(all);
            }
        } else {
            refreshProducts();
            for (int k = 0; k < table.nodes; k++) {
                total += table.weights[k] * NodeValue.fromMiss(missProduct[k], table.levelUtility, objective);
            }
        }
        return total;
    }

    private void refreshProducts() {
        if (productsStale) {
            for (int l = 0; l < staleLevel.length; l++) {
                if (staleLevel[l]) {
                    for (int k = 0; k < table.nodes; k++) {
                        missProduct[k][l] = Math.exp(logMissSum[k][l]);
                    }
                    staleLevel[l] = false;
                }
            }
            productsStale = false;
            prefixObjective = null;
        }
    }

    /**
     * The node value's running terms before each level, from the list's products: a move changes no level above
     * its highest-utility change, so its score resumes there with the very same arithmetic as a full pass.
     */
    private void refreshPrefixes(Objective objective) {
        if (prefixObjective == objective) {
            return;
        }
        for (int k = 0; k < table.nodes; k++) {
            double value = 0;
            double noneAbove = 1;
            for (int l = 0; l < table.levels(); l++) {
                prefixValue[k][l] = value;
                prefixNoneAbove[k][l] = noneAbove;
                value = NodeValue.step(value, noneAbove, table.levelUtility[l], missProduct[k][l], objective);
                noneAbove *= missProduct[k][l];
            }
        }
        prefixObjective = objective;
    }

    private boolean signalsFit(Move move, int b) {
        int strong = strongUsed[b];
        int ordinary = ordinaryUsed[b];
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            if (table.bucket[c.candidate()] == b) {
                strong += c.optionDelta(GOLD);
                ordinary += c.optionDelta(ORDINARY);
                if (table.onePerInstitution[b] && !institutionFits(move, c)) {
                    return false;
                }
            }
        }
        return strong <= table.strongSlots[b] && ordinary <= table.ordinarySlots[b];
    }

    private boolean institutionFits(Move move, Change change) {
        int key = table.signalKey[change.candidate()];
        int signals = signalsAtKey[key];
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            if (table.signalKey[c.candidate()] == key) {
                signals += c.signalDelta();
            }
        }
        return signals <= 1;
    }

    private boolean firstInBucket(Move move, int index, int b) {
        for (int i = 0; i < index; i++) {
            if (table.bucket[move.change(i).candidate()] == b) {
                return false;
            }
        }
        return true;
    }

    private int bucketDelta(Move move, int b) {
        int delta = 0;
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            if (table.bucket[c.candidate()] == b) {
                delta += c.programDelta();
            }
        }
        return delta;
    }

    private void countSignal(int j, int opt, int sign) {
        int b = table.bucket[j];
        if (opt == GOLD) {
            strongUsed[b] += sign;
        } else if (opt == ORDINARY) {
            ordinaryUsed[b] += sign;
        }
        if (isSignal(opt)) {
            signalsAtKey[table.signalKey[j]] += sign;
        }
    }

    private void addLogMiss(int j, int opt, int sign) {
        double[] column = table.logMiss.column(opt, j);
        int level = table.level[j];
        for (int k = 0; k < table.nodes; k++) {
            logMissSum[k][level] += sign * column[k];
        }
    }
}
