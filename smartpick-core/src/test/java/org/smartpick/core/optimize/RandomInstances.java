package org.smartpick.core.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.fees.FeeSchedules;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.OneOffFee;
import org.smartpick.core.signals.SignalRule;

/** Seeded random optimisation requests small enough for brute force. */
final class RandomInstances {
    static final String RESIDENCY = "2026-residency";
    static final String FELLOWSHIP = "2026-fellowship";
    static final Map<String, FeeSchedule> SCHEDULES =
            Map.of(RESIDENCY, FeeSchedules.residency(2026), FELLOWSHIP, cheapFellowship());
    static final OneOffFee TRANSCRIPT = new OneOffFee(
            "usmle_transcript", "USMLE transcript", 80, false, "once per season", "https://example.org", "2024");
    private static final String[] SPECIALTIES = {"130", "140", "320"};
    private static final double[] UTILITIES = {1.0, 0.6, 0.3};

    private RandomInstances() {}

    /** A fellowship schedule with small tiers, so that the flat tier and its steps matter for a few programs. */
    static FeeSchedule cheapFellowship() {
        return new FeeSchedule(
                2026,
                "fellowship",
                List.of(
                        new org.smartpick.core.reference.FeeTier(1, OptionalInt.of(3), 115, true),
                        new org.smartpick.core.reference.FeeTier(4, OptionalInt.empty(), 17, false)),
                "https://example.org");
    }

    static List<Candidate> candidates(SplittableRandom random, int m, boolean utilities, boolean signals) {
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            String specialty = SPECIALTIES[random.nextInt(SPECIALTIES.length)];
            String feeGroup = specialty.equals("130") ? FELLOWSHIP : RESIDENCY;
            double p = 0.02 + 0.6 * random.nextDouble();
            double pSignal = signals ? Math.min(0.95, p * (1 + random.nextDouble())) : p;
            double pGold = signals ? Math.min(0.97, pSignal * (1 + 0.5 * random.nextDouble())) : p;
            double utility = utilities ? UTILITIES[random.nextInt(UTILITIES.length)] : 1.0;
            candidates.add(new Candidate(
                    String.format("p%02d", j),
                    specialty,
                    feeGroup,
                    "inst" + random.nextInt(3),
                    utility,
                    p,
                    pSignal,
                    pGold));
        }
        return candidates;
    }

    static Budget budget(SplittableRandom random, int m) {
        int kind = random.nextInt(3);
        OptionalInt usd = kind == 1 ? OptionalInt.empty() : OptionalInt.of(80 + random.nextInt(260));
        OptionalInt count = kind == 0 ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(m));
        return new Budget(usd, count, Map.of());
    }

    static Map<String, SignalRule> signalRules(boolean signals) {
        if (!signals) {
            return Map.of();
        }
        return Map.of(
                "140",
                new SignalRule("140", 2026, 1, 1, 0, false, ""),
                "320",
                new SignalRule("320", 2025, 0, 0, 2, true, "2025 table used for 2026"));
    }

    /**
     * A request over m seeded candidates with utilities (and signals, with the signal rules, when asked), a seeded
     * budget and the given objective and rho; draws from the generator in the same order as spelling it out.
     */
    static OptimizationRequest withUtilities(
            SplittableRandom random, int m, Objective objective, boolean signals, double rho) {
        List<Candidate> candidates = candidates(random, m, true, signals);
        return request(candidates, budget(random, m), objective, signalRules(signals), rho);
    }

    static OptimizationRequest request(
            List<Candidate> candidates,
            Budget budget,
            Objective objective,
            Map<String, SignalRule> signals,
            double rho) {
        return new OptimizationRequest(
                candidates,
                budget,
                objective,
                SCHEDULES,
                List.of(TRANSCRIPT),
                signals,
                LatentFactorModel.withRho(rho),
                new Flattening(0.001, 0.005, 10),
                1.5);
    }
}
