package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lazy greedy (gains scored earlier bound the gains now) must choose exactly what scoring every move at every step
 * chooses, tie-breaks included: chances come from a few values so that many moves tie.
 */
class LazyGreedyTest {
    private static final double[] CHANCES = {0.05, 0.1, 0.1, 0.2, 0.35};

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.6})
    void lazyGreedyAndSignalUpgradesChooseWhatEagerScoringChooses(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 17L);
        for (int trial = 0; trial < 60; trial++) {
            OptimizationRequest request = tiedRequest(random, rho);
            Objective objective = request.objective();
            CandidateTable table = new CandidateTable(request);
            Limits limits = trial % 4 == 0
                    ? new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE)
                    : new Limits(
                            request.budget().maxPrograms().orElse(Integer.MAX_VALUE),
                            request.budget().maxUsd().orElse(Integer.MAX_VALUE) - RandomInstances.TRANSCRIPT.feeUsd());
            ListState lazy = new ListState(table);
            ListState eager = new ListState(table);
            List<Double> lazyValues = new Search(table, objective).greedy(lazy, limits, Integer.MAX_VALUE);
            List<Double> eagerValues = Search.eager(table, objective).greedy(eager, limits, Integer.MAX_VALUE);
            assertThat(lazyValues).as("greedy values, trial " + trial).isEqualTo(eagerValues);
            assertThat(lazy.option).as("greedy list, trial " + trial).containsExactly(eager.option);
            new Search(table, objective).upgradeSignals(lazy, limits);
            Search.eager(table, objective).upgradeSignals(eager, limits);
            assertThat(lazy.option).as("signals, trial " + trial).containsExactly(eager.option);
            assertThat(lazy.value(objective)).as("trial " + trial).isEqualTo(eager.value(objective));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3})
    void lazyTrimDropsWhatEagerScoringDrops(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 29L);
        Limits unlimited = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
        for (int trial = 0; trial < 60; trial++) {
            OptimizationRequest request = tiedRequest(random, rho);
            Objective objective = request.objective();
            CandidateTable table = new CandidateTable(request);
            ListState lazy = new ListState(table);
            Search.eager(table, objective).greedy(lazy, unlimited, Integer.MAX_VALUE);
            Search.eager(table, objective).upgradeSignals(lazy, unlimited);
            ListState eager = lazy.copy();
            Limits limits = new Limits(random.nextInt(lazy.count + 1), random.nextInt(lazy.costUsd + 1));
            new Search(table, objective).trim(lazy, limits);
            Search.eager(table, objective).trim(eager, limits);
            assertThat(lazy.option).as("trimmed list, trial " + trial).containsExactly(eager.option);
        }
    }

    /** 10 to 59 candidates with tied chances, signal rules, a random budget and a random objective. */
    private static OptimizationRequest tiedRequest(SplittableRandom random, double rho) {
        int m = 10 + random.nextInt(50);
        Objective objective = random.nextBoolean() ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
        return RandomInstances.request(
                tiedCandidates(random, m),
                RandomInstances.budget(random, m),
                objective,
                RandomInstances.signalRules(true),
                rho);
    }

    private static List<Candidate> tiedCandidates(SplittableRandom random, int m) {
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : RandomInstances.candidates(random, m, true, true)) {
            double p = CHANCES[random.nextInt(CHANCES.length)];
            double pSignal = random.nextBoolean() ? p : CHANCES[random.nextInt(CHANCES.length)];
            double pGold = Math.max(p, CHANCES[random.nextInt(CHANCES.length)]);
            candidates.add(new Candidate(
                    c.programId(),
                    c.specialtyCode(),
                    c.feeGroup(),
                    c.institutionKey(),
                    c.utility(),
                    p,
                    pSignal,
                    pGold));
        }
        return candidates;
    }
}
