package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.fees.FeeSchedules;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.signals.SignalRule;

class ApplicationOptimizerTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void atLeastOneMatchUnderIndependenceEqualsBruteForceWithTieredFees() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            int m = 3 + random.nextInt(8);
            OptimizationRequest request = RandomInstances.request(
                    RandomInstances.candidates(random, m, false, false),
                    RandomInstances.budget(random, m),
                    Objective.AT_LEAST_ONE_MATCH,
                    Map.of(),
                    0);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            assertThat(plan.exact()).isTrue();
            assertThat(plan.pAtLeastOneMatch())
                    .as("trial %d", trial)
                    .isCloseTo(BruteForce.optimum(request), within(TOLERANCE));
        }
    }

    @Test
    void expectedUtilityUnderIndependenceAndCountBudgetEqualsBruteForce() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 300; trial++) {
            int m = 3 + random.nextInt(8);
            Budget budget = new Budget(OptionalInt.empty(), OptionalInt.of(1 + random.nextInt(m)), Map.of());
            OptimizationRequest request = RandomInstances.request(
                    RandomInstances.candidates(random, m, true, false),
                    budget,
                    Objective.EXPECTED_UTILITY,
                    Map.of(),
                    0);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            assertThat(plan.exact()).isTrue();
            assertThat(plan.expectedUtility())
                    .as("trial %d", trial)
                    .isCloseTo(BruteForce.optimum(request), within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.6})
    void upperBoundIsNeverBelowTheBestListUnderCorrelationUtilitiesAndSignals(double rho) {
        SplittableRandom random = new SplittableRandom(13);
        double worstRatio = 1;
        for (int trial = 0; trial < 120; trial++) {
            int m = 3 + random.nextInt(4);
            Objective objective = trial % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = RandomInstances.withUtilities(random, m, objective, true, rho);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            double optimum = BruteForce.optimum(request);
            assertThat(plan.upperBound()).as("trial %d", trial).isGreaterThanOrEqualTo(optimum - TOLERANCE);
            assertThat(plan.achieved()).as("trial %d", trial).isLessThanOrEqualTo(optimum + TOLERANCE);
            assertThat(plan.achieved())
                    .isCloseTo(BruteForce.value(request, assignment(request, plan), objective), within(1e-9));
            worstRatio = Math.min(worstRatio, optimum == 0 ? 1 : plan.achieved() / optimum);
        }
        assertThat(worstRatio).isGreaterThan(0.97);
    }

    @Test
    void moreBudgetNeverLowersTheOptimum() {
        SplittableRandom random = new SplittableRandom(14);
        for (int trial = 0; trial < 40; trial++) {
            List<Candidate> candidates = RandomInstances.candidates(random, 12, false, false);
            double previous = -1;
            for (int usd = 80; usd <= 500; usd += 7) {
                Budget budget = new Budget(OptionalInt.of(usd), OptionalInt.of(6), Map.of());
                double value = ApplicationOptimizer.optimize(
                                RandomInstances.request(candidates, budget, Objective.AT_LEAST_ONE_MATCH, Map.of(), 0))
                        .pAtLeastOneMatch();
                assertThat(value).isGreaterThanOrEqualTo(previous - TOLERANCE);
                previous = value;
            }
        }
    }

    @Test
    void totalCostEqualsTheFeeScheduleAndStaysWithinBudget() {
        SplittableRandom random = new SplittableRandom(15);
        for (int trial = 0; trial < 100; trial++) {
            OptimizationRequest request = RandomInstances.request(
                    RandomInstances.candidates(random, 40, true, true),
                    new Budget(OptionalInt.of(200 + random.nextInt(800)), OptionalInt.empty(), Map.of()),
                    Objective.EXPECTED_UTILITY,
                    RandomInstances.signalRules(true),
                    0.4);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            Map<String, Long> perSpecialty = plan.selected().stream()
                    .collect(Collectors.groupingBy(Selection::specialtyCode, Collectors.counting()));
            int expected = perSpecialty.entrySet().stream()
                            .mapToInt(e -> FeeCalculator.costUsd(
                                    RandomInstances.SCHEDULES.get(
                                            e.getKey().equals("130")
                                                    ? RandomInstances.FELLOWSHIP
                                                    : RandomInstances.RESIDENCY),
                                    e.getValue().intValue()))
                            .sum()
                    + (plan.selected().isEmpty() ? 0 : 80);
            assertThat(plan.cost().totalUsd()).isEqualTo(expected);
            assertThat(plan.cost().totalUsd())
                    .isLessThanOrEqualTo(request.budget().maxUsd().getAsInt());
        }
    }

    @Test
    void signalsStayWithinAllowancesAndOnePerInstitution() {
        SplittableRandom random = new SplittableRandom(16);
        for (int trial = 0; trial < 50; trial++) {
            OptimizationRequest request = RandomInstances.request(
                    RandomInstances.candidates(random, 60, false, true),
                    new Budget(OptionalInt.empty(), OptionalInt.of(30), Map.of()),
                    Objective.AT_LEAST_ONE_MATCH,
                    RandomInstances.signalRules(true),
                    0.3);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            Map<String, Integer> kinds = new HashMap<>();
            Map<String, Integer> institutions = new HashMap<>();
            Map<String, Candidate> byId =
                    request.candidates().stream().collect(Collectors.toMap(Candidate::programId, c -> c));
            for (Selection s : plan.selected()) {
                if (s.signal() != SignalKind.NONE) {
                    kinds.merge(s.specialtyCode() + s.signal(), 1, Integer::sum);
                    institutions.merge(
                            s.specialtyCode() + byId.get(s.programId()).institutionKey(), 1, Integer::sum);
                }
            }
            assertThat(kinds.getOrDefault("140GOLD", 0)).isLessThanOrEqualTo(1);
            assertThat(kinds.getOrDefault("140SILVER", 0)).isLessThanOrEqualTo(1);
            assertThat(kinds.getOrDefault("320SIGNAL", 0)).isLessThanOrEqualTo(2);
            assertThat(kinds.keySet()).allMatch(k -> k.startsWith("140") || k.startsWith("320"));
            institutions.forEach(
                    (key, n) -> assertThat(!key.startsWith("320") || n <= 1).isTrue());
            assertThat(plan.selected()).hasSizeLessThanOrEqualTo(30);
        }
    }

    @Test
    void specialtyWithoutSignalRuleGetsNoSignalsAndANote() {
        List<Candidate> candidates = List.of(
                new Candidate("1301000001", "130", RandomInstances.FELLOWSHIP, "a", 1, 0.2, 0.5, 0.6),
                new Candidate("1401000001", "140", RandomInstances.RESIDENCY, "a", 1, 0.2, 0.5, 0.6));
        ApplicationPlan plan = ApplicationOptimizer.optimize(RandomInstances.request(
                candidates,
                new Budget(OptionalInt.of(1000), OptionalInt.empty(), Map.of()),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of("140", new SignalRule("140", 2026, 3, 12, 0, false, "")),
                0.3));
        assertThat(plan.selected())
                .extracting(Selection::programId, Selection::signal)
                .containsExactly(tuple("1301000001", SignalKind.NONE), tuple("1401000001", SignalKind.GOLD));
        assertThat(plan.notes()).containsExactly("Specialty 130: signal rules unknown, so no signals are planned.");
    }

    @Test
    void curveRisesToTheBudgetAndBeyondAndMarksDiminishingReturns() {
        SplittableRandom random = new SplittableRandom(17);
        OptimizationRequest request = RandomInstances.request(
                RandomInstances.candidates(random, 200, false, false),
                new Budget(OptionalInt.empty(), OptionalInt.of(40), Map.of()),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of(),
                0.5);
        ApplicationPlan plan = ApplicationOptimizer.optimize(request);
        assertThat(plan.curve()).hasSize(60);
        for (int i = 1; i < plan.curve().size(); i++) {
            assertThat(plan.curve().get(i).pAtLeastOneMatch())
                    .isGreaterThanOrEqualTo(plan.curve().get(i - 1).pAtLeastOneMatch());
            assertThat(plan.curve().get(i).costUsd())
                    .isGreaterThanOrEqualTo(plan.curve().get(i - 1).costUsd());
        }
        assertThat(plan.curve().get(39).pAtLeastOneMatch()).isCloseTo(plan.pAtLeastOneMatch(), within(1e-12));
        int after = plan.diminishingReturnsAfter().orElseThrow();
        double end = plan.curve().get(plan.curve().size() - 1).pAtLeastOneMatch();
        for (int i = after - 1; i + 1 < plan.curve().size(); i++) {
            assertThat(plan.curve().get(i + 1).pAtLeastOneMatch()
                            - plan.curve().get(i).pAtLeastOneMatch())
                    .isLessThan(0.001);
            assertThat(end - plan.curve().get(i).pAtLeastOneMatch()).isLessThan(0.005);
        }
        double before = plan.curve().get(after - 2).pAtLeastOneMatch();
        assertThat(plan.curve().get(after - 1).pAtLeastOneMatch() - before >= 0.001 || end - before >= 0.005)
                .isTrue();
    }

    @Test
    void aListGivenBackIsWorthWhatTheOptimizerFoundForIt() {
        SplittableRandom random = new SplittableRandom(41);
        for (int trial = 0; trial < 20; trial++) {
            Objective objective = trial % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = RandomInstances.withUtilities(random, 30, objective, true, 0.4);
            ApplicationPlan plan = ApplicationOptimizer.optimize(request);
            Map<String, SignalKind> list = new HashMap<>();
            plan.selected().forEach(s -> list.put(s.programId(), s.signal()));

            ApplicationPlan given = ApplicationOptimizer.evaluate(request, list).orElseThrow();

            assertThat(given.pAtLeastOneMatch()).isCloseTo(plan.pAtLeastOneMatch(), within(1e-12));
            assertThat(given.expectedUtility()).isCloseTo(plan.expectedUtility(), within(1e-12));
            assertThat(given.cost()).isEqualTo(plan.cost());
            assertThat(given.selected())
                    .extracting(Selection::programId, Selection::signal)
                    .isEqualTo(plan.selected().stream()
                            .map(s -> tuple(s.programId(), s.signal()))
                            .toList());
        }
    }

    @Test
    void aGivenListWithAProgramOrSignalTheRequestDoesNotAllowIsNotJudged() {
        OptimizationRequest request = RandomInstances.request(
                RandomInstances.candidates(new SplittableRandom(3), 10, false, false),
                new Budget(OptionalInt.empty(), OptionalInt.of(5), Map.of()),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of(),
                0.3);
        String first = request.candidates().get(0).programId();

        assertThat(ApplicationOptimizer.evaluate(request, Map.of(first, SignalKind.NONE)))
                .isPresent();
        assertThat(ApplicationOptimizer.evaluate(request, Map.of("nowhere", SignalKind.NONE)))
                .isEmpty();
        assertThat(ApplicationOptimizer.evaluate(request, Map.of(first, SignalKind.GOLD)))
                .isEmpty();
    }

    @Test
    void budgetBelowOneOffFeesSelectsNothingAndSaysWhy() {
        List<Candidate> candidates = List.of(Candidate.plain("1401000001", "140", RandomInstances.RESIDENCY, 0.3));
        ApplicationPlan plan = ApplicationOptimizer.optimize(RandomInstances.request(
                candidates,
                new Budget(OptionalInt.of(50), OptionalInt.empty(), Map.of()),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of(),
                0));
        assertThat(plan.selected()).isEmpty();
        assertThat(plan.cost().totalUsd()).isZero();
        assertThat(plan.notes()).anyMatch(n -> n.contains("does not cover the one-off fees of $80"));
    }

    @Test
    void perSpecialtyLimitIsRespected() {
        SplittableRandom random = new SplittableRandom(18);
        OptimizationRequest request = RandomInstances.request(
                RandomInstances.candidates(random, 60, false, false),
                new Budget(OptionalInt.empty(), OptionalInt.of(30), Map.of("140", 4)),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of(),
                0);
        ApplicationPlan plan = ApplicationOptimizer.optimize(request);
        assertThat(plan.selected().stream().filter(s -> s.specialtyCode().equals("140")))
                .hasSize(4);
        assertThat(plan.selected()).hasSize(30);
    }

    @Test
    void geneticsPersonaWith2000DollarsSpansGoalTracksAndPathwaysWithinAllowances() {
        SplittableRandom random = new SplittableRandom(5);
        List<Candidate> candidates = new ArrayList<>();
        addPrograms(candidates, random, "130", RandomInstances.FELLOWSHIP, 36, 0.03, 1.0);
        addPrograms(candidates, random, "765", RandomInstances.RESIDENCY, 28, 0.04, 1.0);
        addPrograms(candidates, random, "766", RandomInstances.RESIDENCY, 5, 0.08, 1.0);
        addPrograms(candidates, random, "320", RandomInstances.RESIDENCY, 200, 0.03, 0.6);
        addPrograms(candidates, random, "140", RandomInstances.RESIDENCY, 600, 0.02, 0.6);
        Map<String, SignalRule> rules = Map.of(
                "140",
                new SignalRule("140", 2026, 3, 12, 0, false, ""),
                "320",
                new SignalRule("320", 2025, 0, 0, 5, false, "signal allowance taken from the 2025 table."));
        OptimizationRequest request = new OptimizationRequest(
                candidates,
                new Budget(OptionalInt.of(2000), OptionalInt.empty(), Map.of()),
                Objective.EXPECTED_UTILITY,
                Map.of(
                        RandomInstances.RESIDENCY,
                        FeeSchedules.residency(2026),
                        RandomInstances.FELLOWSHIP,
                        FeeSchedules.fellowship2026()),
                List.of(RandomInstances.TRANSCRIPT),
                rules,
                LatentFactorModel.withRho(0.4),
                new Flattening(0.001, 0.005, 10),
                1.5);
        ApplicationPlan plan = ApplicationOptimizer.optimize(request);
        Map<String, Long> perSpecialty = plan.selected().stream()
                .collect(Collectors.groupingBy(Selection::specialtyCode, TreeMap::new, Collectors.counting()));
        assertThat(perSpecialty.keySet()).containsExactly("130", "140", "320", "765", "766");
        Map<SignalKind, Long> signals =
                plan.selected().stream().collect(Collectors.groupingBy(Selection::signal, Collectors.counting()));
        assertThat(signals.getOrDefault(SignalKind.GOLD, 0L)).isLessThanOrEqualTo(3);
        assertThat(signals.getOrDefault(SignalKind.SILVER, 0L)).isLessThanOrEqualTo(12);
        assertThat(signals.getOrDefault(SignalKind.SIGNAL, 0L)).isLessThanOrEqualTo(5);
        assertThat(plan.cost().totalUsd()).isBetween(1900, 2000);
        assertThat(plan.upperBound()).isGreaterThanOrEqualTo(plan.expectedUtility());
        assertThat(plan.notes())
                .contains(
                        "Specialty 130: signal rules unknown, so no signals are planned.",
                        "Specialty 320: signal allowance taken from the 2025 table.");
    }

    @Test
    void sameRequestGivesTheSamePlan() {
        SplittableRandom random = new SplittableRandom(19);
        OptimizationRequest request = RandomInstances.request(
                RandomInstances.candidates(random, 80, true, true),
                new Budget(OptionalInt.of(600), OptionalInt.of(30), Map.of()),
                Objective.EXPECTED_UTILITY,
                RandomInstances.signalRules(true),
                0.3);
        assertThat(ApplicationOptimizer.optimize(request)).isEqualTo(ApplicationOptimizer.optimize(request));
    }

    private static void addPrograms(
            List<Candidate> candidates,
            SplittableRandom random,
            String specialty,
            String feeGroup,
            int count,
            double meanP,
            double utility) {
        for (int i = 0; i < count; i++) {
            double p = meanP * (0.3 + 1.4 * random.nextDouble());
            candidates.add(new Candidate(
                    specialty + String.format("%07d", i),
                    specialty,
                    feeGroup,
                    "inst" + i,
                    utility,
                    p,
                    Math.min(1, 2 * p),
                    Math.min(1, 3 * p)));
        }
    }

    private static int[] assignment(OptimizationRequest request, ApplicationPlan plan) {
        int[] assignment = new int[request.candidates().size()];
        for (int j = 0; j < assignment.length; j++) {
            String id = request.candidates().get(j).programId();
            assignment[j] = plan.selected().stream()
                    .filter(s -> s.programId().equals(id))
                    .findFirst()
                    .map(s -> s.signal() == SignalKind.NONE ? 0 : s.signal() == SignalKind.GOLD ? 2 : 1)
                    .orElse(-1);
        }
        return assignment;
    }
}
