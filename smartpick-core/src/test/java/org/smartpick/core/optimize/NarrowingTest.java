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
            OptimizationRequest request = RandomInstances.request(candidates, budget, Objective.AT_LEAST_ONE_MATCH, Map.of(), rho);
            OptimizationRequest narrowed = ApplicationOptimizer.narrowed(request);
            assertThat(BruteForce.optimum(narrowed)).as("instance %d", instance).isCloseTo(BruteForce.optimum(request), within(1e-12));
        }
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
        OptimizationRequest request = RandomInstances.request(candidates, threePrograms, Objective.AT_LEAST_ONE_MATCH, Map.of(), 0.3);

        assertThat(ApplicationOptimizer.narrowed(request).candidates()).extracting(Candidate::programId)
                .containsExactlyInAnyOrder("b", "c", "e");
    }
}
