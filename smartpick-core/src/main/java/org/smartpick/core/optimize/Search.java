package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;
import static org.smartpick.core.optimize.SignalOption.ORDINARY;
import static org.smartpick.core.optimize.SignalOption.isSelected;
import static org.smartpick.core.optimize.SignalOption.isSignal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Moves over a {@link ListState}: greedy additions by marginal gain and best-improvement local search over adds,
 * swaps, signal upgrades and signal transfers. Within one fee bucket and level (utility) a higher chance under an
 * option gives a higher gain at every quadrature node, so only the best unselected and the worst selected member of
 * each (bucket, level, option) group need be tried.
 */
final class Search {
    private static final double MIN_IMPROVEMENT = 1e-13;
    private static final int UPGRADE_CANDIDATES = 3;
    /** Room for rounding when a gain scored earlier bounds the gain now (values are sums of O(1) terms). */
    private static final double BOUND_SLACK = 1e-12;
    /** In place of an index into a list of moves: none. */
    private static final int NO_MOVE = -1;

    private final CandidateTable table;
    private final Objective objective;
    /** Whether greedy additions and signal upgrades skip moves whose earlier gain bounds them out (CELF). */
    private final boolean lazy;

    Search(CandidateTable table, Objective objective) {
        this(table, objective, true);
    }

    /** A search that scores every move at every step: the reference the lazy one must agree with. */
    static Search eager(CandidateTable table, Objective objective) {
        return new Search(table, objective, false);
    }

    private Search(CandidateTable table, Objective objective, boolean lazy) {
        this.table = table;
        this.objective = objective;
        this.lazy = lazy;
    }

    /** The score of the list as this search counts it. */
    double score(ListState state) {
        return state.value(objective);
    }

    /**
     * An upper bound on the score of the list, of any list drawn from it and of any signals on them: the objective
     * with relaxed signals ({@link RelaxedSignalBound#of}).
     */
    double relaxedScore(ListState state) {
        return RelaxedSignalBound.of(state, objective);
    }

    private GainBounds gainBounds() {
        return lazy ? new GainBounds(table.size) : null;
    }

    /**
     * Adds the best feasible program (with its best option) until nothing fits or nothing gains; returns the values
     * after each add. Lazy (CELF): adds only shrink every other add's gain, so a gain scored earlier bounds it now.
     */
    List<Double> greedy(ListState state, Limits limits, int maxAdds) {
        List<Double> values = new ArrayList<>();
        Greedy greedy = new Greedy(state, limits);
        while (values.size() < maxAdds && greedy.add()) {
            values.add(greedy.current);
        }
        return values;
    }

    /** Greedy additions to one list, one at a time, keeping the gain bounds between them. */
    final class Greedy {
        private final ListState state;
        private final Limits limits;
        private final GainBounds bounds = gainBounds();
        /** Per option and group, how many of the group's best members are on the list: additions start after them. */
        private final int[][] selectedAtTop = new int[COUNT][table.groups()];

        private double current;

        Greedy(ListState state, Limits limits) {
            this.state = state;
            this.limits = limits;
            current = score(state);
        }

        /** Adds the best feasible program with its best option; false when nothing fits or nothing gains. */
        boolean add() {
            Optional<Best> best = best(state, singleMoves(additions(state, selectedAtTop)), limits, current, bounds);
            if (best.isEmpty()) {
                return false;
            }
            current = applied(state, best.get());
            return true;
        }
    }

    /** Drops the weakest programs, least loss first, until the list fits the limits; lazily, as removals only raise each other's losses. */
    void trim(ListState state, Limits limits) {
        Limits unlimited = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
        double current = score(state);
        GainBounds bounds = gainBounds();
        while (state.count > limits.maxPrograms() || state.costUsd > limits.maxProgramUsd()) {
            Best best = best(state, singleMoves(removals(state)), unlimited, Double.NEGATIVE_INFINITY, current, bounds)
                    .orElseThrow();
            current = applied(state, best);
        }
    }

    /**
     * Sends the signals that raise the objective most, one at a time, to programs already on the list. An upgrade
     * multiplies one program's miss chance like one more independent program would, so upgrades too only shrink each
     * other's gains and are scored lazily.
     */
    void upgradeSignals(ListState state, Limits limits) {
        double current = score(state);
        GainBounds bounds = gainBounds();
        while (true) {
            Optional<Best> best = best(state, singleMoves(upgrades(state)), limits, current, bounds);
            if (best.isEmpty()) {
                return;
            }
            current = applied(state, best.get());
        }
    }

    /** Each change as a move of its own. */
    private static List<Move> singleMoves(List<Change> changes) {
        List<Move> moves = new ArrayList<>(changes.size());
        for (Change change : changes) {
            moves.add(Move.of(change));
        }
        return moves;
    }

    /** Applies the best improving move until none is left (or the iteration cap is reached); returns the final value. */
    double localSearch(ListState state, Limits limits, int maxIterations) {
        double current = score(state);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Optional<Best> best = best(state, moves(state), limits, current, null);
            if (best.isEmpty()) {
                break;
            }
            current = applied(state, best.get());
        }
        return current;
    }

    private record Best(Move move, double value) {}

    /** Applies the best move to the list; returns the list's value after it. */
    private static double applied(ListState state, Best best) {
        state.apply(best.move());
        return best.value();
    }

    /**
     * The feasible move with the highest value above the improvement threshold, the first in order among equals.
     * With gain bounds (moves of one change each, all of whose gains only shrink as moves are applied) a move whose
     * earlier gain cannot reach the best value found so far is not scored again; the move with the largest bound is
     * scored first so that most can be passed over. The choice is the same as scoring every move.
     */
    private Optional<Best> best(ListState state, List<Move> moves, Limits limits, double current, GainBounds bounds) {
        return best(state, moves, limits, current + MIN_IMPROVEMENT * Math.max(1, Math.abs(current)), current, bounds);
    }

    /** The same with any threshold the value must exceed (minus infinity: the best move even if it loses value). */
    private Optional<Best> best(
            ListState state, List<Move> moves, Limits limits, double threshold, double current, GainBounds bounds) {
        double slack = BOUND_SLACK * Math.max(1, Math.abs(current));
        int bestIndex = NO_MOVE;
        double bestValue = threshold;
        // The feasible move with the largest bound is scored ahead of the others, to raise the leader early.
        int promising = bounds == null ? NO_MOVE : bounds.largest(moves);
        int scoredAhead = NO_MOVE;
        double aheadValue = 0;
        if (promising != NO_MOVE && state.feasible(moves.get(promising), limits)) {
            scoredAhead = promising;
            aheadValue = state.valueAfter(moves.get(promising), objective);
            bounds.record(moves.get(promising), aheadValue - current);
        }
        double leader = scoredAhead != NO_MOVE ? Math.max(threshold, aheadValue) : threshold;
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            double value;
            if (i == scoredAhead) {
                value = aheadValue;
            } else {
                if (!state.feasible(move, limits)) {
                    continue;
                }
                if (bounds != null && current + bounds.of(move) + slack <= leader) {
                    continue;
                }
                value = state.valueAfter(move, objective);
                if (bounds != null) {
                    bounds.record(move, value - current);
                }
            }
            if (value > bestValue) {
                bestIndex = i;
                bestValue = value;
                leader = Math.max(leader, value);
            }
        }
        return bestIndex == NO_MOVE ? Optional.empty() : Optional.of(new Best(moves.get(bestIndex), bestValue));
    }

    /**
     * The last scored gain of each one-change move (candidate, and the option it goes to, or for a removal the one
     * it leaves), an upper bound on its gain now while gains only shrink (adds and upgrades as the list grows, the
     * negative gain of a removal as the list shrinks); +infinity until scored.
     */
    private static final class GainBounds {
        private final double[] gain;
        private final int size;

        GainBounds(int size) {
            this.size = size;
            gain = new double[COUNT * size];
            Arrays.fill(gain, Double.POSITIVE_INFINITY);
        }

        double of(Move move) {
            return gain[key(move)];
        }

        void record(Move move, double value) {
            gain[key(move)] = value;
        }

        /** The index of the move with the largest bound that has been scored before, or NO_MOVE. */
        int largest(List<Move> moves) {
            int largest = NO_MOVE;
            for (int i = 0; i < moves.size(); i++) {
                double g = of(moves.get(i));
                if (g != Double.POSITIVE_INFINITY && (largest == NO_MOVE || g > of(moves.get(largest)))) {
                    largest = i;
                }
            }
            return largest;
        }

        private int key(Move move) {
            Change change = move.change(0);
            return (isSelected(change.to()) ? change.to() : change.from()) * size + change.candidate();
        }
    }

    private List<Move> moves(ListState state) {
        List<Change> adds = additions(state, new int[COUNT][table.groups()]);
        List<Change> removals = removals(state);
        List<Change> upgrades = upgrades(state);
        List<Move> moves = new ArrayList<>();
        for (Change add : adds) {
            moves.add(Move.of(add));
        }
        for (Change removal : removals) {
            for (Change add : adds) {
                if (add.candidate() != removal.candidate()) {
                    moves.add(Move.of(removal, add));
                }
            }
        }
        for (Change upgrade : upgrades) {
            moves.add(Move.of(upgrade));
        }
        for (Change removal : removals) {
            if (isSignal(removal.from())) {
                Change downgrade = new Change(removal.candidate(), removal.from(), NO_SIGNAL);
                moves.add(Move.of(downgrade));
                for (Change upgrade : upgrades) {
                    if (upgrade.candidate() != removal.candidate()) {
                        moves.add(Move.of(downgrade, upgrade));
                        moves.add(Move.of(removal, upgrade));
                    }
                }
                for (Change add : adds) {
                    if (isSignal(add.to())) {
                        moves.add(Move.of(downgrade, add));
                    }
                }
            }
        }
        return moves;
    }

    /**
     * The best unselected member of each group under each option it may take, and for signals also the best one
     * whose institution is free (the best may need another program's signal moved first). {@code selectedAtTop}
     * counts, per option and group, best members known to be selected; it is advanced past those now selected, so
     * a list that only grows is never scanned twice.
     */
    private List<Change> additions(ListState state, int[][] selectedAtTop) {
        List<Change> adds = new ArrayList<>(2 * table.optionsInUse() * table.groups());
        for (int option = NO_SIGNAL; option < table.optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                int[] members = table.sortedByOption[option][g];
                int top = selectedAtTop[option][g];
                while (top < members.length && state.selected(members[top])) {
                    top++;
                }
                selectedAtTop[option][g] = top;
                boolean first = true;
                for (int i = top; i < members.length; i++) {
                    int j = members[i];
                    if (!state.selected(j) && table.allows(j, option)) {
                        boolean free = option == NO_SIGNAL || state.institutionFree(j);
                        if (first || free) {
                            adds.add(Change.adding(j, option));
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
        List<Change> removals = new ArrayList<>(table.optionsInUse() * table.groups());
        for (int option = NO_SIGNAL; option < table.optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                int[] members =
                        option == NO_SIGNAL ? table.sortedByOption[NO_SIGNAL][g] : table.sortedBySignalGain[option][g];
                for (int i = members.length - 1; i >= 0; i--) {
                    if (state.option[members[i]] == option) {
                        removals.add(Change.dropping(members[i], option));
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
        List<Change> upgrades = new ArrayList<>((UPGRADE_CANDIDATES + 1) * table.optionsInUse() * table.groups());
        for (int option = ORDINARY; option < table.optionsInUse(); option++) {
            for (int g = 0; g < table.groups(); g++) {
                int tried = 0;
                for (int j : table.sortedBySignalGain[option][g]) {
                    if (state.option[j] == NO_SIGNAL && table.allows(j, option)) {
                        boolean free = state.institutionFree(j);
                        if (tried < UPGRADE_CANDIDATES || free) {
                            upgrades.add(new Change(j, NO_SIGNAL, option));
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
}
