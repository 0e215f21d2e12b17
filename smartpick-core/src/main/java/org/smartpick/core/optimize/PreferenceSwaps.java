package org.smartpick.core.optimize;

import java.util.List;

/**
 * Stated preferences in the objective: after the list is optimized for the objective alone, programs inside the
 * preferences are added while one fits and gains, and a chosen program outside them is swapped for one inside of the
 * same group (specialty, fee schedule and utility level, so the same track) under the same signal option when the swap
 * costs the objective less than the inside program's bonus. Preferences so choose among programs of one kind; they
 * never trade a goal-track program for a pathway or change how the list splits between specialties. Each step raises the
 * objective plus the bonuses of the list's programs; the bonuses never enter the search for the list itself, which
 * keeps its speed. Within a group (fee bucket and utility level) a higher chance is worth more at every quadrature
 * node, so the inside program tried from each group is its best one under the option that is not yet chosen and that
 * the signal rules allow.
 */
final class PreferenceSwaps {
    /** Passes over the list: each tries every program outside; a pass without a change ends them. */
    private static final int MAX_PASSES = 4;

    private PreferenceSwaps() {}

    /** Changes the list in place; returns how many programs were added or swapped in. */
    static int swap(CandidateTable table, ListState state, Limits limits, Objective objective) {
        if (!table.anyBonus) {
            return 0;
        }
        int changes = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int before = changes;
            for (int g = 0; g < table.groups(); g++) {
                while (improve(table, state, -1, g, limits, objective)) {
                    changes++;
                }
            }
            for (int j = 0; j < table.size; j++) {
                if (state.selected(j)
                        && table.bonus[j] == 0
                        && improve(table, state, j, table.group(j), limits, objective)) {
                    changes++;
                }
            }
            if (changes == before) {
                break;
            }
        }
        return changes;
    }

    /** Applies the move that puts group g's best inside program in place of j (or adds it, j = -1) if it gains. */
    private static boolean improve(
            CandidateTable table, ListState state, int j, int g, Limits limits, Objective objective) {
        List<Change> move = move(table, state, j, g, limits);
        if (move.isEmpty() || gain(table, state, move, objective) <= 0) {
            return false;
        }
        state.apply(move);
        return true;
    }

    private static double gain(CandidateTable table, ListState state, List<Change> move, Objective objective) {
        double bonus = 0;
        for (Change c : move) {
            bonus += table.bonus[c.candidate()] * ((c.to() >= 0 ? 1 : 0) - (c.from() >= 0 ? 1 : 0));
        }
        return state.valueAfter(move, objective) - state.value(objective) + bonus;
    }

    /**
     * The feasible move that removes j (none when j = -1) and adds the best unselected inside program of group g under
     * j's option (no signal when adding), or an empty move.
     */
    private static List<Change> move(CandidateTable table, ListState state, int j, int g, Limits limits) {
        int option = j < 0 ? 0 : state.option[j];
        for (int k : table.sortedByOption[option][g]) {
            if (k == j || state.selected(k) || table.bonus[k] == 0 || !table.allows(k, option)) {
                continue;
            }
            Change add = new Change(k, -1, option);
            List<Change> move = j < 0 ? List.of(add) : List.of(new Change(j, option, -1), add);
            if (state.feasible(move, limits)) {
                return move;
            }
            if (option == 0) {
                return List.of();
            }
        }
        return List.of();
    }
}
