package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.GOLD;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;
import static org.smartpick.core.optimize.SignalOption.isSelected;

/**
 * What a list could reach at most by dropping programs and sending signals: the bound by which the search passes over
 * a node-wise start that trimming and signals cannot lift above the best list so far.
 */
final class RelaxedSignalBound {
    private RelaxedSignalBound() {}

    /**
     * An upper bound on the objective of the list, of any list drawn from it and of any signals on them: per node
     * and utility level, each bucket's gold and ordinary slots take the largest gains in -log(1 - p) among its
     * selected programs of that level, ignoring one-signal-per-institution rules and that a program takes one signal.
     * Every level's miss chance is then at most what any such list reaches, and the objective only grows as a
     * level's miss chance falls (a program of lower utility only counts where no better one takes you).
     */
    static double of(ListState list, Objective objective) {
        CandidateTable table = list.table;
        double[][] relaxed = new double[table.nodes][];
        for (int k = 0; k < table.nodes; k++) {
            relaxed[k] = list.logMissSum[k].clone();
        }
        int[] members = new int[table.size];
        for (int g = 0; table.usesSignals && g < table.groups(); g++) {
            int b = g / table.levels();
            int l = g % table.levels();
            int selected = 0;
            for (int j : table.sortedByOption[NO_SIGNAL][g]) {
                if (isSelected(list.option[j])) {
                    members[selected++] = j;
                }
            }
            for (int signal = ORDINARY; signal <= GOLD; signal++) {
                int slots = signal == GOLD ? table.strongSlots[b] : table.ordinarySlots[b];
                for (int k = 0; slots > 0 && selected > 0 && k < table.nodes; k++) {
                    relaxed[k][l] -= largestGains(
                            table.logMiss.row(NO_SIGNAL, k), table.logMiss.row(signal, k), members, selected, slots);
                }
            }
        }
        double[] none = new double[table.levels()];
        double total = 0;
        for (int k = 0; k < table.nodes; k++) {
            for (int l = 0; l < none.length; l++) {
                none[l] = Math.exp(relaxed[k][l]);
            }
            total += table.weights[k] * NodeValue.fromMiss(none, table.levelUtility, objective);
        }
        return total;
    }

    /** The sum of the {@code slots} largest of max(0, before - after) over the first {@code n} members. */
    private static double largestGains(double[] before, double[] after, int[] members, int n, int slots) {
        double[] largest = new double[slots];
        int held = 0;
        for (int i = 0; i < n; i++) {
            int j = members[i];
            double gain = NodeRelaxation.increment(before, after, j);
            if (held == slots && gain <= largest[slots - 1]) {
                continue;
            }
            int at = held < slots ? held++ : slots - 1;
            while (at > 0 && largest[at - 1] < gain) {
                largest[at] = largest[at - 1];
                at--;
            }
            largest[at] = gain;
        }
        double sum = 0;
        for (int i = 0; i < held; i++) {
            sum += largest[i];
        }
        return sum;
    }
}
