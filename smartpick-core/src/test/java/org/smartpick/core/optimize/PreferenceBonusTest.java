package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.Budget;

/** Preference bonuses in the objective: what a preferred program is worth, and what holding to it costs. */
class PreferenceBonusTest {
    private static final double BONUS = 0.02;
    private static final Budget ONE_PROGRAM = new Budget(OptionalInt.empty(), OptionalInt.of(1), Map.of());

    /** b is preferred; a is likelier, and is chosen only when it adds more than the bonus more. */
    @ParameterizedTest
    @CsvSource({"0.29, b", "0.281, b", "0.27, a", "0.20, a"})
    void aPreferredProgramIsChosenUnlessTheOtherAddsMoreThanTheBonusMore(double pPreferred, String chosen) {
        ApplicationPlan plan = ApplicationOptimizer.optimize(
                request(List.of(program("a", 0.30, 0), program("b", pPreferred, BONUS)), ONE_PROGRAM, 0));

        assertThat(plan.selected()).extracting(Selection::programId).containsExactly(chosen);
        boolean preferred = chosen.equals("b");
        PreferenceEffect effect = plan.preferences().orElseThrow();
        assertThat(effect.chosenInside()).isEqualTo(preferred ? 1 : 0);
        assertThat(effect.chosenOutside()).isEqualTo(preferred ? 0 : 1);
        assertThat(effect.pWithoutOutside()).isCloseTo(preferred ? pPreferred : 0, within(1e-12));
        assertThat(effect.pIgnoringPreferences()).isCloseTo(0.30, within(1e-12));
        assertThat(plan.pAtLeastOneMatch()).isCloseTo(preferred ? pPreferred : 0.30, within(1e-12));
    }

    @Test
    void candidatesWithoutBonusesGetNoPreferenceAccount() {
        ApplicationPlan plan = ApplicationOptimizer.optimize(
                request(List.of(program("a", 0.30, 0), program("b", 0.27, 0)), ONE_PROGRAM, 0));

        assertThat(plan.preferences()).isEmpty();
        assertThat(plan.exact()).isTrue();
    }

    /**
     * Bonuses of up to {@code maxBonus} (the shipped weight is 0.001): the list's score stays near the brute-force best,
     * closer the smaller the bonuses against the chances; the list found without bonuses is no better than the best
     * list; and what holding to the preferences costs in chance is at most the bonuses the list holds.
     */
    @ParameterizedTest
    @CsvSource({"0, 0.005, 0.99", "0.3, 0.005, 0.99", "0.6, 0.005, 0.99", "0, 0.06, 0.9", "0.6, 0.06, 0.9"})
    void theScoreWithBonusesIsNearTheBruteForceBestAndTheListWithoutThemIsNoBetterThanTheBestList(
            double rho, double maxBonus, double nearBest) {
        SplittableRandom random = new SplittableRandom(31);
        double worstRatio = 1;
        for (int trial = 0; trial < 120; trial++) {
            int m = 3 + random.nextInt(5);
            List<Candidate> candidates = new ArrayList<>();
            for (Candidate c : RandomInstances.candidates(random, m, false, false)) {
                candidates.add(withBonus(c, random.nextBoolean() ? maxBonus * (0.2 + 0.8 * random.nextDouble()) : 0));
            }
            OptimizationRequest request = RandomInstances.request(
                    candidates, RandomInstances.budget(random, m), Objective.AT_LEAST_ONE_MATCH, Map.of(), rho);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            double bonuses = 0;
            for (Selection s : plan.selected()) {
                bonuses += candidates.stream()
                        .filter(c -> c.programId().equals(s.programId()))
                        .findFirst()
                        .orElseThrow()
                        .preferenceBonus();
            }
            double bestScore = BruteForce.scoreOptimum(request);
            double bestChance = BruteForce.optimum(request);
            assertThat(plan.pAtLeastOneMatch() + bonuses).as("trial %d", trial).isLessThanOrEqualTo(bestScore + 1e-9);
            worstRatio = Math.min(worstRatio, bestScore == 0 ? 1 : (plan.pAtLeastOneMatch() + bonuses) / bestScore);
            if (plan.preferences().isPresent()) {
                PreferenceEffect effect = plan.preferences().get();
                assertThat(effect.pIgnoringPreferences())
                        .as("trial %d", trial)
                        .isBetween(plan.pAtLeastOneMatch() - 1e-12, bestChance + 1e-9);
                if (rho == 0) {
                    // independent outcomes without signals: the node-wise start is the best list, so it is found
                    assertThat(effect.pIgnoringPreferences())
                            .as("trial %d", trial)
                            .isCloseTo(bestChance, within(1e-9));
                }
                assertThat(effect.chosenInside() + effect.chosenOutside())
                        .isEqualTo(plan.selected().size());
                assertThat(effect.pIgnoringPreferences() - plan.pAtLeastOneMatch())
                        .as("trial %d: the chance given up for the preferences", trial)
                        .isLessThanOrEqualTo(bonuses + 1e-12);
            }
        }
        assertThat(worstRatio).isGreaterThan(nearBest);
    }

    private static Candidate program(String id, double p, double bonus) {
        return new Candidate(id, "140", RandomInstances.RESIDENCY, id, 1.0, p, p, p, bonus);
    }

    private static Candidate withBonus(Candidate c, double bonus) {
        return new Candidate(
                c.programId(),
                c.specialtyCode(),
                c.feeGroup(),
                c.institutionKey(),
                c.utility(),
                c.p(),
                c.pSignal(),
                c.pGold(),
                bonus);
    }

    private static OptimizationRequest request(List<Candidate> candidates, Budget budget, double rho) {
        return RandomInstances.request(candidates, budget, Objective.AT_LEAST_ONE_MATCH, Map.of(), rho);
    }
}
