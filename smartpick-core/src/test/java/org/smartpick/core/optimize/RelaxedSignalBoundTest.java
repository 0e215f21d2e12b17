package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The relaxed-signals value of a list bounds every list drawn from it with any signals the slots allow. */
class RelaxedSignalBoundTest {
    private static final Limits UNLIMITED = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.6})
    void boundsEverySubListWithEveryFeasibleSignalAssignment(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 41L);
        for (int trial = 0; trial < 40; trial++) {
            Objective objective = trial % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = RandomInstances.withUtilities(random, 7, objective, true, rho);
            CandidateTable table = new CandidateTable(request);
            ListState list = new ListState(table);
            for (int j = 0; j < table.size; j++) {
                if (random.nextInt(4) > 0) {
                    list.apply(Move.of(Change.adding(j, SignalOption.NO_SIGNAL)));
                }
            }
            double bound = RelaxedSignalBound.of(list, objective);
            double best = bestDrawnFrom(table, list, objective);
            assertThat(bound).as("trial %d", trial).isGreaterThanOrEqualTo(best - 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3})
    void boundsWhatTrimmingAndSignalUpgradesReach(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 43L);
        for (int trial = 0; trial < 60; trial++) {
            Objective objective = trial % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            int m = 10 + random.nextInt(40);
            OptimizationRequest request = RandomInstances.withUtilities(random, m, objective, true, rho);
            CandidateTable table = new CandidateTable(request);
            Search search = new Search(table, objective);
            ListState list = new ListState(table);
            search.greedy(list, new Limits(table.size, Integer.MAX_VALUE), Integer.MAX_VALUE);
            ListState plain = new ListState(table);
            for (int j = 0; j < table.size; j++) {
                if (list.selected(j)) {
                    plain.apply(Move.of(Change.adding(j, SignalOption.NO_SIGNAL)));
                }
            }
            double bound = RelaxedSignalBound.of(plain, objective);
            Limits limits = new Limits(random.nextInt(plain.count + 1), random.nextInt(plain.costUsd + 1));
            search.trim(plain, limits);
            search.upgradeSignals(plain, limits);
            assertThat(bound).as("trial %d", trial).isGreaterThanOrEqualTo(plain.value(objective) - 1e-12);
        }
    }

    /** The best value over sub-lists of the list, each program without a signal, with one or with a gold one. */
    private static double bestDrawnFrom(CandidateTable table, ListState list, Objective objective) {
        List<Integer> selected = new ArrayList<>();
        for (int j = 0; j < table.size; j++) {
            if (list.selected(j)) {
                selected.add(j);
            }
        }
        double best = 0;
        int choices = SignalOption.COUNT + 1; // not selected, or one of the options
        int assignments = (int) Math.pow(choices, selected.size());
        for (int code = 0; code < assignments; code++) {
            // Adds only use up slots and caps, so the drawn list is feasible when each add is, in turn.
            ListState drawn = new ListState(table);
            boolean feasible = true;
            int rest = code;
            for (int j : selected) {
                int option = SignalOption.NOT_SELECTED + rest % choices;
                rest /= choices;
                Move add = Move.of(Change.adding(j, option));
                if (SignalOption.isSelected(option) && feasible) {
                    feasible = drawn.feasible(add, UNLIMITED);
                    if (feasible) {
                        drawn.apply(add);
                    }
                }
            }
            if (feasible) {
                best = Math.max(best, drawn.value(objective));
            }
        }
        return best;
    }
}
