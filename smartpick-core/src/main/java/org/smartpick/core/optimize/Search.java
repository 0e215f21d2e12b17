package org.smartpick.core.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves over a {@link ListState}: greedy additions by marginal gain and best-improvement local search over adds,
 * swaps, signal upgrades and signal transfers. Within one fee bucket and utility level a higher chance under an
 * option gives a higher gain at every quadrature node, so only the best unselected and the worst selected member of
 * each (bucket, level, option) group need be tried.
 */
final class Search {
    private static final double MIN_IMPROVEMENT = 1e-13;
    private static final int UPGRADE_CANDIDATES = 3;

    private final CandidateTable table;
    private final Objective objective;

    Search(CandidateTable table, Objective objective) {
        this.table = table;
        this.objective = objective;
    }

    /** Adds the best feasible program (with its best option) until nothing fits or nothing gains; returns the values after each add. */
    List<Double> greedy(ListState state, Limits limits, int maxAdds) {
        List<Double> values = new ArrayList<>();
        double current = state.value(objective);
        while (values.size() < maxAdds) {
            List<List<Change>> adds = new ArrayList<>();
            for (Change add : additions(state)) {
                adds.add(List.of(add));
            }
            Best best = best(state, adds, limits, current);
            if (best == null) {
                break;
            }
            state.apply(best.move());
            current = best.value();
            values.add(current);
        }
        return values;
    }

    /** Drops the weakest programs, least loss first, until the list fits the limits. */
    void trim(ListState state, Limits limits) {
        Limits unlimited = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
        while (state.count > limits.maxPrograms() || state.costUsd > limits.maxProgramUsd()) {
            List<Change> best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Change removal : removals(state)) {
                List<Change> move = List.of(removal);
                double value = state.valueAfter(move, objective);
                if (state.feasible(move, unlimited) && value > bestValue) {
                    best = move;
                    bestValue = value;
                }
            }
            state.apply(best);
        }
    }

    /** Sends the signals that raise the objective most, one at a time, to programs already on the list. */
    void upgradeSignals(ListState state, Limits limits) {
        double current = state.value(objective);
        while (true) {
            List<List<Change>> moves = new ArrayList<>();
            for (Change upgrade : upgrades(state)) {
                moves.add(List.of(upgrade));
            }
            Best best = best(state, moves, limits, current);
            if (best == null) {
                return;
            }
            state.apply(best.move());
            current = best.value();
        }
    }

    /** Applies the best improving move until none is left (or the iteration cap is reached); returns the final value. */
    double localSearch(ListState state, Limits limits, int maxIterations) {
        double current = state.value(objective);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Best best = best(state, moves(state), limits, current);
            if (best == null) {
                break;
            }
            state.apply(best.move());
            current = best.value();
        }
        return current;
    }

    private record Best(List<Change> move, double value) {
    }

    private Best best(ListState state, List<List<Change>> moves, Limits limits, double current) {
        Best best = null;
        double threshold = current + MIN_IMPROVEMENT * Math.max(1, Math.abs(current));
        for (List<Change> move : moves) {
            if (!state.feasible(move, limits)) {
                continue;
            }
            double value = state.valueAfter(move, objective);
            if (value > threshold && (best == null || value > best.value())) {
                best = new Best(move, value);
            }
        }
        return best;
    }

    private List<List<Change>> moves(ListState state) {
        List<Change> adds = additions(state);
        List<Change> removals = removals(state);
        List<Change> upgrades = upgrades(state);
        List<List<Change>> moves = new ArrayList<>();
        for (Change add : adds) {
            moves.add(List.of(add));
        }
        for (Change removal : removals) {
            for (Change add : adds) {
                if (add.candidate() != removal.candidate()) {
                    moves.add(List.of(removal, add));
                }
            }
        }
        for (Change upgrade : upgrades) {
            moves.add(List.of(upgrade));
        }
        for (Change removal : removals) {
            if (removal.from() > 0) {
                Change downgrade = new Change(removal.candidate(), removal.from(), 0);
                moves.add(List.of(downgrade));
                for (Change upgrade : upgrades) {
                    if (upgrade.candidate() != removal.candidate()) {
                        moves.add(List.of(downgrade, upgrade));
                        moves.add(List.of(removal, upgrade));
                    }
                }
                for (Change add : adds) {
                    if (add.to() > 0) {
                        moves.add(List.of(downgrade, add));
                    }
                }
            }
        }
        return moves;
    }

    /**
     * The best unselected member of each group under each option it may take, and for signals also the best one
     * whose institution is free (the best may need another program's signal moved first).
     */
    private List<Change> additions(ListState state) {
        List<Change> adds = new ArrayList<>();
        for (int option = 0; option < optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                boolean first = true;
                for (int j : table.sortedByOption[option][g]) {
                    if (!state.selected(j) && table.allows(j, option)) {
                        boolean free = option == 0 || state.institutionFree(j);
                        if (first || free) {
                            adds.add(new Change(j, -1, option));
                        }
                        first = false;
                        if (free) {
                            break;
                        }
                    }
                }
            }
        }
        return adds;
    }

    /** The weakest selected member of each group under each option (for signals, the one its signal helps least). */
    private List<Change> removals(ListState state) {
        List<Change> removals = new ArrayList<>();
        for (int option = 0; option < optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                int[] members = option == 0 ? table.sortedByOption[0][g] : table.sortedBySignalGain[option][g];
                for (int i = members.length - 1; i >= 0; i--) {
                    if (state.option[members[i]] == option) {
                        removals.add(new Change(members[i], option, -1));
                        break;
                    }
                }
            }
        }
        return removals;
    }

    /**
     * Signal upgrades of selected unsignalled programs: in each group and for each signal kind, the few that the
     * signal would help most, and the best one whose institution is free.
     */
    private List<Change> upgrades(ListState state) {
        List<Change> upgrades = new ArrayList<>();
        for (int option = 1; option < optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                int tried = 0;
                for (int j : table.sortedBySignalGain[option][g]) {
                    if (state.option[j] == 0 && table.allows(j, option)) {
                        boolean free = state.institutionFree(j);
                        if (tried < UPGRADE_CANDIDATES || free) {
                            upgrades.add(new Change(j, 0, option));
                        }
                        tried++;
                        if (free && tried >= UPGRADE_CANDIDATES) {
                            break;
                        }
                    }
                }
            }
        }
        return upgrades;
    }

    private int optionsInUse() {
        return table.usesSignals ? CandidateTable.OPTIONS : 1;
    }
}
