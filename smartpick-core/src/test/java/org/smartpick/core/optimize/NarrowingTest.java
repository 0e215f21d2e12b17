package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.core.applicant.Budget;

class NarrowingTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3})
    void narrowingKeepsTheOptimumOfAtLeastOneMatch(double rho) {
        SplittableRandom random = new SplittableRandom(20_261_125L);
        for (int instance = 0; instance < 150; instance++) {
            List<Candidate> candidates = RandomInstances.candidates(random, 12, false, false);
            Budget budget = new Budget(OptionalInt.of(80 + 11 + random.nextInt(60)), OptionalInt.empty(), Map.of());
            OptimizationRequest request =
                    RandomInstances.request(candidates, budget, Objective.AT_LEAST_ONE_MATCH, Map.of(), rho);
            assertSameOptimum(request, CandidateNarrowing.forWhatIf(request), instance);
        }
    }

    private static void assertSameOptimum(OptimizationRequest request, OptimizationRequest narrowed, int instance) {
        assertThat(BruteForce.optimum(narrowed))
                .as("instance %d", instance)
                .isCloseTo(BruteForce.optimum(request), within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3})
    void reportNarrowingKeepsTheOptimumWithSignalsInstitutionsAndUtilities(double rho) {
        SplittableRandom random = new SplittableRandom(20_261_126L);
        int narrowedInstances = 0;
        for (int instance = 0; instance < 120; instance++) {
            Objective objective = instance % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = crowded(random, 7, objective, rho, 1);
            OptimizationRequest narrowed = CandidateNarrowing.forReport(request);
            narrowedInstances +=
                    narrowed.candidates().size() < request.candidates().size() ? 1 : 0;
            assertSameOptimum(request, narrowed, instance);
        }
        assertThat(narrowedInstances).as("instances with candidates dropped").isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.35})
    void reportNarrowingDrawsTheSameCurveAndReachesTheSameValueAsAllCandidates(double rho) {
        SplittableRandom random = new SplittableRandom(20_261_127L);
        int narrowedInstances = 0;
        for (int instance = 0; instance < 200; instance++) {
            Objective objective = instance % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = crowded(random, 60, objective, rho, 1 + instance % 2);
            narrowedInstances +=
                    CandidateNarrowing.forReport(request).candidates().size() < 60 ? 1 : 0;
            ApplicationPlan narrowed = ApplicationOptimizer.optimize(request);
            ApplicationPlan all = ApplicationOptimizer.optimizeOverAll(request);
            assertThat(narrowed.curve()).as("instance %d", instance).isEqualTo(all.curve());
            // The node-wise starts may differ; on these instances the lists reach the same value all the same.
            assertThat(narrowed.achieved()).as("instance %d", instance).isCloseTo(all.achieved(), within(1e-12));
            assertThat(narrowed.upperBound())
                    .as("instance %d", instance)
                    .isGreaterThanOrEqualTo(Math.max(narrowed.achieved(), all.achieved()) - 1e-12);
        }
        assertThat(narrowedInstances).as("instances with candidates dropped").isGreaterThan(80);
    }

    @Test
    void aSignalBlockedAtABusyInstitutionGoesToAProgramFarDownTheSignalRanking() {
        // Six programs of one institution lead the ranking by chance with a signal; one signal per institution, so
        // with two programs the second signal goes to the seventh by that ranking, at another institution.
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int j = 0; j < 6; j++) {
            candidates.add(new Candidate(
                    "a" + j,
                    "320",
                    RandomInstances.RESIDENCY,
                    "busy",
                    1.0,
                    0.30 - 0.01 * j,
                    0.60 - 0.01 * j,
                    0.30 - 0.01 * j));
        }
        candidates.add(new Candidate("b", "320", RandomInstances.RESIDENCY, "other", 1.0, 0.05, 0.50, 0.05));
        Budget twoPrograms = new Budget(OptionalInt.empty(), OptionalInt.of(2), Map.of());
        OptimizationRequest request = RandomInstances.request(
                candidates, twoPrograms, Objective.AT_LEAST_ONE_MATCH, RandomInstances.signalRules(true), 0.3);

        assertThat(CandidateNarrowing.forReport(request).candidates())
                .extracting(Candidate::programId)
                .contains("b");
        assertThat(ApplicationOptimizer.optimize(request).selected())
                .extracting(Selection::programId)
                .containsExactlyInAnyOrder("a0", "b");
    }

    /**
     * Residency candidates of one or two specialties (one with gold and silver signals, one with untiered signals and
     * one signal per institution), half of them at one institution (so that its signals block many), of two utility
     * levels when one specialty is drawn from for many, and a budget of a few programs: most candidates lie past what
     * a list can reach.
     */
    private static OptimizationRequest crowded(
            SplittableRandom random, int m, Objective objective, double rho, int specialties) {
        List<Candidate> candidates = new java.util.ArrayList<>();
        String only = random.nextBoolean() ? "140" : "320";
        for (int j = 0; j < m; j++) {
            double p = 0.02 + 0.5 * random.nextDouble();
            double pSignal = Math.min(0.95, p * (1 + 2 * random.nextDouble()));
            double pGold = Math.min(0.97, p * (1 + 3 * random.nextDouble()));
            String institution = random.nextBoolean() ? "inst0" : "inst" + (1 + random.nextInt(6));
            String specialty = specialties == 1 ? only : random.nextBoolean() ? "140" : "320";
            double utility = specialties == 1 || random.nextBoolean() ? 1.0 : 0.6;
            candidates.add(new Candidate(
                    String.format("p%02d", j),
                    specialty,
                    RandomInstances.RESIDENCY,
                    institution,
                    utility,
                    p,
                    pSignal,
                    pGold));
        }
        Budget budget = random.nextBoolean()
                ? new Budget(OptionalInt.empty(), OptionalInt.of(1 + random.nextInt(m < 10 ? 2 : 12)), Map.of())
                : new Budget(
                        OptionalInt.of(80 + 99 + random.nextInt(m < 10 ? 150 : 900)), OptionalInt.empty(), Map.of());
        return RandomInstances.request(candidates, budget, objective, RandomInstances.signalRules(true), rho);
    }

    @Test
    void aBudgetForThreeResidencyProgramsKeepsTheThreeLikeliestOfTheSpecialty() {
        List<Candidate> candidates = List.of(
                Candidate.plain("a", "140", RandomInstances.RESIDENCY, 0.10),
                Candidate.plain("b", "140", RandomInstances.RESIDENCY, 0.30),
                Candidate.plain("c", "140", RandomInstances.RESIDENCY, 0.20),
                Candidate.plain("d", "140", RandomInstances.RESIDENCY, 0.05),
                Candidate.plain("e", "140", RandomInstances.RESIDENCY, 0.25));
        Budget threePrograms = new Budget(OptionalInt.of(80 + 33), OptionalInt.empty(), Map.of());
        OptimizationRequest request =
                RandomInstances.request(candidates, threePrograms, Objective.AT_LEAST_ONE_MATCH, Map.of(), 0.3);

        assertThat(CandidateNarrowing.forWhatIf(request).candidates())
                .extracting(Candidate::programId)
                .containsExactlyInAnyOrder("b", "c", "e");
    }
}
