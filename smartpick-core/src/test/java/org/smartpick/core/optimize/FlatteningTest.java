package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.Budget;

/** The diminishing-returns point is where the curve really flattens for good, or there is none. */
class FlatteningTest {
    private static final Flattening RULE = new Flattening(0.001, 0.005, 10);

    @Test
    void aStepBelowTheThresholdFollowedByALargeRiseIsNoFlatPoint() {
        // The case: 44 -> 45 adds less than 0.1 point, but 45 -> 56 adds 2.0 points.
        List<CurvePoint> curve = new ArrayList<>();
        double p = 0.30;
        for (int n = 1; n <= 80; n++) {
            p += n <= 44 ? 0.004 : n == 45 ? 0.0005 : n <= 56 ? 0.0018 : 0.0002;
            curve.add(point(n, p));
        }

        OptionalInt after = RULE.after(curve);

        assertThat(after).hasValue(56);
        assertThat(holds(curve, after.getAsInt())).isTrue();
    }

    @Test
    void aCurveStillRisingAtItsEndHasNone() {
        List<CurvePoint> curve = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            curve.add(point(n, 0.02 * n));
        }

        assertThat(RULE.after(curve)).isEmpty();
    }

    @Test
    void manySmallStepsThatAddUpAreNotFlat() {
        // Up to 40 every step adds 0.09 point, under the step threshold, yet 40 of them add 3.6 points; then 0.01.
        List<CurvePoint> curve = new ArrayList<>();
        double p = 0.5;
        for (int n = 1; n <= 60; n++) {
            p += n <= 40 ? 0.0009 : 0.0001;
            curve.add(point(n, p));
        }

        OptionalInt after = RULE.after(curve);

        assertThat(after).hasValue(37);
        assertThat(curve.get(59).pAtLeastOneMatch() - curve.get(36).pAtLeastOneMatch())
                .isLessThan(0.005);
        assertThat(curve.get(59).pAtLeastOneMatch() - curve.get(35).pAtLeastOneMatch())
                .isGreaterThanOrEqualTo(0.005);
    }

    @Test
    void aCreepingCurveFlatOnlyNearItsEndHasNone() {
        // 0.05 point per application: the last 9 add 0.45 point, the last 10 already 0.5.
        List<CurvePoint> curve = new ArrayList<>();
        for (int n = 1; n <= 150; n++) {
            curve.add(point(n, 0.4 + 0.0005 * n));
        }

        assertThat(RULE.after(curve)).isEmpty();
    }

    @Test
    void aFlatCurveIsFlatFromItsFirstPointAndAShortOrEmptyCurveHasNone() {
        List<CurvePoint> flat = new ArrayList<>();
        for (int n = 1; n <= 11; n++) {
            flat.add(point(n, 0.2));
        }
        assertThat(RULE.after(flat)).hasValue(1);
        assertThat(RULE.after(flat.subList(0, 10))).isEmpty();
        assertThat(RULE.after(List.of())).isEmpty();
    }

    @Test
    void onRandomCurvesThePointIsTheFirstFromWhichTheCurveIsFlatToItsEnd() {
        SplittableRandom random = new SplittableRandom(20_261_207L);
        int stated = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            List<CurvePoint> curve = randomCurve(random);

            OptionalInt after = RULE.after(curve);

            OptionalInt bruteForce = OptionalInt.empty();
            for (int k = 0; k + 1 < curve.size() && bruteForce.isEmpty(); k++) {
                if (holds(curve, curve.get(k).applications())) {
                    bruteForce = OptionalInt.of(curve.get(k).applications());
                }
            }
            assertThat(after).as("trial %d, curve %s", trial, curve).isEqualTo(bruteForce);
            stated += after.isPresent() ? 1 : 0;
        }
        assertThat(stated).as("curves with a flat point").isBetween(200, 1_800);
    }

    @Test
    void onRandomOptimizedListsTheStatedPointHoldsOnTheirCurve() {
        SplittableRandom random = new SplittableRandom(7_001);
        int withPoint = 0;
        for (int trial = 0; trial < 60; trial++) {
            int m = 20 + random.nextInt(120);
            List<Candidate> candidates =
                    RandomInstances.candidates(random, m, random.nextBoolean(), random.nextBoolean());
            candidates = candidates.stream()
                    .map(c -> scaled(c, 0.05 + 0.95 * random.nextDouble()))
                    .toList();
            Budget budget = new Budget(OptionalInt.empty(), OptionalInt.of(5 + random.nextInt(m)), java.util.Map.of());
            Objective objective = random.nextBoolean() ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            ApplicationPlan plan = ApplicationOptimizer.optimize(RandomInstances.request(
                    candidates, budget, objective, RandomInstances.signalRules(true), 0.1 + 0.6 * random.nextDouble()));

            OptionalInt after = plan.diminishingReturnsAfter();

            if (after.isPresent()) {
                withPoint++;
                assertThat(holds(plan.curve(), after.getAsInt()))
                        .as("trial %d", trial)
                        .isTrue();
            } else {
                for (CurvePoint point : plan.curve()) {
                    assertThat(holds(plan.curve(), point.applications()))
                            .as(
                                    "trial %d: no point stated, yet the curve is flat after %d",
                                    trial, point.applications())
                            .isFalse();
                }
            }
        }
        assertThat(withPoint).as("instances whose curve flattens").isPositive();
    }

    /**
     * The rule spelled out: from the point with {@code applications} to the curve's end, every step adds less than
     * 0.1 point and every point is less than 0.5 point below the end, over at least 10 further applications.
     */
    private static boolean holds(List<CurvePoint> curve, int applications) {
        int from = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (curve.get(i).applications() == applications) {
                from = i;
            }
        }
        if (from < 0 || curve.get(curve.size() - 1).applications() - applications < 10) {
            return false;
        }
        double end = curve.get(curve.size() - 1).pAtLeastOneMatch();
        for (int i = from; i + 1 < curve.size(); i++) {
            double p = curve.get(i).pAtLeastOneMatch();
            if (curve.get(i + 1).pAtLeastOneMatch() - p >= 0.001 || end - p >= 0.005) {
                return false;
            }
        }
        return true;
    }

    /** Curves of 1..80 points: concave rises, plateaus, late jumps, and sometimes a dip. */
    private static List<CurvePoint> randomCurve(SplittableRandom random) {
        int length = 1 + random.nextInt(120);
        double p = random.nextDouble() * 0.3;
        double rate = random.nextDouble() * 0.05;
        double decay = 0.8 + 0.2 * random.nextDouble();
        List<CurvePoint> curve = new ArrayList<>(length);
        for (int n = 1; n <= length; n++) {
            double step = rate;
            int kind = random.nextInt(20);
            if (kind == 0) {
                step = 0.003 + 0.02 * random.nextDouble();
            } else if (kind == 1) {
                step = -0.001 * random.nextDouble();
            } else if (kind == 2) {
                step = 0.0009;
            }
            p = Math.max(0, Math.min(1, p + step));
            rate *= decay;
            curve.add(point(n, p));
        }
        return curve;
    }

    private static Candidate scaled(Candidate c, double factor) {
        return new Candidate(
                c.programId(),
                c.specialtyCode(),
                c.feeGroup(),
                c.institutionKey(),
                c.utility(),
                c.p() * factor,
                c.pSignal() * factor,
                c.pGold() * factor);
    }

    private static CurvePoint point(int applications, double p) {
        return new CurvePoint(applications, p, p, 11 * applications);
    }
}
