package org.smartpick.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.program.Program;

/**
 * Eligibility and chances for the example persona at every program of its five target specialties (about 1,000
 * programs of the shipped catalog): what one recommendation request computes before optimizing. Run from the
 * repository root: {@code java -jar smartpick-bench/target/benchmarks.jar ChanceBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChanceBenchmark {
    private static final int SEASON = 2026;
    private ChanceModel model;
    private EligibilityRules rules;
    private Profile persona;
    private List<Program> programs;

    @Setup
    public void setUp() throws IOException {
        model = ChanceModel.of(ShippedPolicies.shippedModel());
        rules = new EligibilityRules(ShippedPolicies.shippedEligibilityPolicy());
        persona = ProfileJson.parse(
                        Files.readString(Path.of("examples/non-us-img-genetics.json"), StandardCharsets.UTF_8),
                        Json.mapper())
                .profile()
                .orElseThrow();
        Set<String> codes = Set.of("130", "765", "766", "320", "140");
        programs = ShippedCatalog.load().programs().stream()
                .filter(p -> codes.contains(p.specialtyCode()))
                .toList();
    }

    @Benchmark
    public double estimateEveryTargetProgram() {
        return matchChanceSum(ApplicantChances::estimate);
    }

    /** The numbers a list compares, without the contributions' words (what the recommender does per program). */
    @Benchmark
    public double chancesForEveryTargetProgram() {
        return matchChanceSum(ApplicantChances::chances);
    }

    private double matchChanceSum(BiFunction<ApplicantChances, Program, ChanceEstimate> chance) {
        ApplicantChances chances = model.forApplicant(persona, SEASON);
        double sum = 0;
        for (Program program : programs) {
            sum += chance.apply(chances, program).pMatch();
        }
        return sum;
    }

    @Benchmark
    public int eligibilityForEveryTargetProgram() {
        int eligible = 0;
        EligibilityRules.ApplicantRules applicant = rules.forApplicant(persona, SEASON);
        for (Program program : programs) {
            eligible += applicant.verdict(program).canApply() ? 1 : 0;
        }
        return eligible;
    }
}
