package org.smartpick.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.optimize.ApplicationOptimizer;
import org.smartpick.core.optimize.ApplicationPlan;
import org.smartpick.core.optimize.Candidate;
import org.smartpick.core.optimize.Flattening;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.optimize.OptimizationRequest;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.signals.SignalRule;

/**
 * The optimizer alone over SYNTHETIC candidates (seeded): three specialties (tiered signals, plain signals, none),
 * match chances spread like the persona's (mostly low, a few high), the persona's $2,000 budget, shipped fees and
 * the shipped correlation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OptimizerBenchmark {
    static final long SEED = 7L;
    static final String FEE_GROUP = BenchFixtures.SEASON + "/residency";

    @Param({"1000", "5000"})
    public int candidates;

    private OptimizationRequest request;
    private OptimizationRequest withPreferences;

    @Setup
    public void setUp() {
        Catalog shipped = ShippedCatalog.load();
        FeeSchedule fees = shipped.reference()
                .findFeeSchedule(BenchFixtures.SEASON, "residency")
                .orElseThrow();
        Map<String, SignalRule> rules = Map.of(
                "S01", new SignalRule("S01", BenchFixtures.SEASON, 3, 7, 0, false, "synthetic tiered rule"),
                "S02", new SignalRule("S02", BenchFixtures.SEASON, 0, 0, 5, false, "synthetic plain rule"),
                "S03", SignalRule.none("S03", BenchFixtures.SEASON, "synthetic: no signals"));
        request = new OptimizationRequest(
                candidates(candidates, SEED),
                new Budget(OptionalInt.of(2_000), OptionalInt.empty(), Map.of()),
                Objective.AT_LEAST_ONE_MATCH,
                Map.of(FEE_GROUP, fees),
                FeeCalculator.applicableOneOffs(shipped.reference().oneOffFees(), true),
                rules,
                LatentFactorModel.withRho(ShippedPolicies.shippedModel().rho()),
                new Flattening(0.001, 0.005, 10),
                1.5);
        List<Candidate> preferred = new ArrayList<>(request.candidates().size());
        for (Candidate c : request.candidates()) {
            // every third program inside the stated preferences, weighed as the shipped policy does (0.1 point)
            preferred.add(new Candidate(
                    c.programId(),
                    c.specialtyCode(),
                    c.feeGroup(),
                    c.institutionKey(),
                    c.utility(),
                    c.p(),
                    c.pSignal(),
                    c.pGold(),
                    preferred.size() % 3 == 0 ? 0.001 : 0));
        }
        withPreferences = new OptimizationRequest(
                preferred,
                request.budget(),
                request.objective(),
                request.feeSchedules(),
                request.oneOffFees(),
                request.signalRules(),
                request.model(),
                request.flattening(),
                request.curveFactor());
    }

    /** Seeded candidates: p = 0.6 u^3 (mostly reaches), a signal adds up to half again, gold a bit more. */
    static List<Candidate> candidates(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candidate> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            double p = 0.001 + 0.6 * u * u * u;
            double pSignal = Math.min(0.99, p * (1 + 0.5 * random.nextDouble()));
            double pGold = Math.min(0.99, pSignal * 1.2);
            String specialty = "S0" + (1 + random.nextInt(3));
            list.add(new Candidate(
                    String.valueOf(BenchFixtures.SYNTHETIC_ID_BASE + i),
                    specialty,
                    FEE_GROUP,
                    "institution " + random.nextInt(Math.max(1, count / 3)),
                    1.0,
                    p,
                    pSignal,
                    pGold));
        }
        return list;
    }

    @Benchmark
    public ApplicationPlan optimize() {
        return ApplicationOptimizer.optimize(request);
    }

    /** The same candidates with every third inside the applicant's preferences: the search counts their bonus. */
    @Benchmark
    public ApplicationPlan optimizeWithPreferences() {
        return ApplicationOptimizer.optimize(withPreferences);
    }

    /**
     * The same candidates optimized as a what-if list (what the strategy compares: narrowed candidates, greedy,
     * signals and local search, no bound, no curve); a full recommendation optimizes up to five of them.
     */
    @Benchmark
    public ApplicationPlan whatIfList() {
        return ApplicationOptimizer.whatIfList(request);
    }
}
