package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;

import java.util.Arrays;
import java.util.Optional;

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
    /** In place of a candidate index: no program is swapped out, the inside program is only added. */
    private static final int NOTHING_OUT = -1;

    private final CandidateTable table;
    private final ListState state;
    private final Limits limits;
    private final Objective objective;
    /**
     * Per option and group, its members inside the preferences that may take the option, best first; filled on first
     * use. Swaps only ever add such members, so those before {@link #firstFree} stay selected.
     */
    private final int[][][] inside;

    private final int[][] firstFree;

    private PreferenceSwaps(CandidateTable table, ListState state, Limits limits, Objective objective) {
        this.table = table;
        this.state = state;
        this.limits = limits;
        this.objective = objective;
        inside = new int[COUNT][table.groups()][];
        firstFree = new int[COUNT][table.groups()];
    }

    /** Changes the list in place; returns how many programs were added or swapped in. */
    static int swap(CandidateTable table, ListState state, Limits limits, Objective objective) {
        return table.anyBonus ? new PreferenceSwaps(table, state, limits, objective).run() : 0;
    }

    private int run() {
        int changes = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int before = changes;
            for (int g = 0; g < table.groups(); g++) {
                while (improve(NOTHING_OUT, g)) {
                    changes++;
                }
            }
            for (int j = 0; j < table.size; j++) {
                if (state.selected(j) && table.bonus[j] == 0 && improve(j, table.group(j))) {
                    changes++;
                }
            }
            if (changes == before) {
                break;
            }
        }
        return changes;
    }

    /** Applies the move that puts group g's best inside program in place of j (or adds it, NOTHING_OUT) if it gains. */
    private boolean improve(int j, int g) {
        Optional<Move> move = move(j, g);
        if (move.isEmpty() || gain(move.get()) <= 0) {
            return false;
        }
        state.apply(move.get());
        return true;
    }

    private double gain(Move move) {
        double bonus = 0;
        for (int i = 0; i < move.size(); i++) {
            Change c = move.change(i);
            bonus += table.bonus[c.candidate()] * c.programDelta();
        }
        return state.valueAfter(move, objective) - state.value(objective) + bonus;
    }

    /**
     * The feasible move that removes j (none when j = NOTHING_OUT) and adds the best unselected inside program of
     * group g under j's option (no signal when adding), if there is one.
     */
    private Optional<Move> move(int j, int g) {
        int option = j == NOTHING_OUT ? NO_SIGNAL : state.option[j];
        int[] members = inside(option, g);
        int first = firstFree[option][g];
        while (first < members.length && state.selected(members[first])) {
            first++;
        }
        firstFree[option][g] = first;
        for (int i = first; i < members.length; i++) {
            int k = members[i];
            if (state.selected(k)) {
                continue;
            }
            Change add = Change.adding(k, option);
            Move move = j == NOTHING_OUT ? Move.of(add) : Move.of(Change.dropping(j, option), add);
            if (state.feasible(move, limits)) {
                return Optional.of(move);
            }
            if (option == NO_SIGNAL) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private int[] inside(int option, int g) {
        if (inside[option][g] == null) {
            inside[option][g] = Arrays.stream(table.sortedByOption[option][g])
                    .filter(k -> table.bonus[k] > 0 && table.allows(k, option))
                    .toArray();
        }
        return inside[option][g];
    }
}
