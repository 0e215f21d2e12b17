package org.smartpick.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smartpick.core.chance.Factor;
import org.smartpick.core.chance.ModelCheck;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.chance.TestData;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

class FitTest {
    static final Path SYNTHETIC = RegenerateSyntheticOutcomes.SYNTHETIC;

    @Test
    void shippedSyntheticFileIsTheSeededGeneratorOutput() throws IOException {
        assertThat(Files.readString(SYNTHETIC, StandardCharsets.UTF_8))
                .isEqualTo(RegenerateSyntheticOutcomes.syntheticText());
    }

    @Test
    void logisticFitRecoversKnownCoefficients() {
        Random r = new Random(5);
        int n = 20000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextInt(2);
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(-0.5 + 1.2 * x[i][0] - 0.8 * x[i][1])));
        }
        LogisticFit.Result fit = LogisticFit.fit(x, y, 0.0);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isCloseTo(-0.5, within(0.08));
        assertThat(fit.coefficients()[0]).isCloseTo(1.2, within(0.08));
        assertThat(fit.coefficients()[1]).isCloseTo(-0.8, within(0.1));
    }

    @Test
    void l2PenaltyShrinksCoefficientsTowardZero() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        boolean[] y = {false, false, true, false, true, true};
        double free = LogisticFit.fit(x, y, 0).coefficients()[0];
        double penalised = LogisticFit.fit(x, y, 10).coefficients()[0];
        assertThat(Math.abs(penalised)).isLessThan(Math.abs(free));
    }

    @Test
    void brierDecompositionMatchesHandComputedValues() {
        Scores s = Scores.of(new double[] {0.15, 0.15, 0.85, 0.85}, new boolean[] {false, true, true, true}, 10);
        assertThat(s.brier()).isCloseTo((0.0225 + 0.7225 + 0.0225 + 0.0225) / 4, within(1e-12));
        assertThat(s.uncertainty()).isCloseTo(0.75 * 0.25, within(1e-12));
        assertThat(s.reliability()).isCloseTo((2 * 0.35 * 0.35 + 2 * 0.15 * 0.15) / 4, within(1e-12));
        assertThat(s.resolution()).isCloseTo((2 * 0.25 * 0.25 + 2 * 0.25 * 0.25) / 4, within(1e-12));
        assertThat(s.bins()).extracting(Scores.ReliabilityBin::n).containsExactly(2, 2);
    }

    @Test
    void badCsvLinesAreAllReportedWithLineAndColumn() {
        String csv = String.join(",", OutcomeCsv.COLUMNS) + "\n"
                + "US_MD,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\n"
                + "ALIEN,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\n"
                + "US_MD,999,,0,0,0,0,0,0,1,0,0,1,1,14,0,MAYBE,,0,,,0,1\n"
                + "US_MD,250\n";
        Parsed<List<OutcomeRow>> parsed = OutcomeCsv.from(CsvTable.parse(csv));
        assertThat(parsed.value().orElseThrow()).hasSize(1);
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 3, column applicant_type",
                        "line 4, column step2ck",
                        "line 4, column specialty_code",
                        "line 4, column program_sponsors",
                        "line 4, column matched",
                        "line 5");
    }

    @Test
    void fittingTheSyntheticFileRecoversTheGeneratingCoefficientsAndKeepsCalibration() throws IOException {
        Parsed<List<OutcomeRow>> parsed =
                OutcomeCsv.from(CsvTable.parse(Files.readString(SYNTHETIC, StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        ModelParameters truth = TestData.parameters();

        ModelFit.Report report = ModelFit.fit(
                truth, parsed.value().orElseThrow(), TestData.nrmpOutcomes(), 1.0, "synthetic-outcomes.csv");

        assertThat(report.trainingRows() + report.heldOutRows()).isEqualTo(3200);
        assertThat(report.coefficients().get(Factor.STEP2)).isCloseTo(truth.coefficient(Factor.STEP2), within(0.12));
        assertThat(report.coefficients().get(Factor.FAILED_ATTEMPTS))
                .isCloseTo(truth.coefficient(Factor.FAILED_ATTEMPTS), within(0.3));
        assertThat(report.keptPrior()).contains(Factor.STEP3_SCORE);
        assertThat(report.matchGivenInterview().get("core")).isCloseTo(0.3, within(0.05));
        assertThat(report.interview().brier()).isLessThan(report.interview().uncertainty());
        assertThat(report.parameters().problems()).isEmpty();
        assertThat(report.parameters().value().orElseThrow().version()).isEqualTo("chance-model-v1+fit");
        assertThat(ModelCheck.check(report.parameters().value().orElseThrow(), TestData.nrmpOutcomes())
                        .allWithin())
                .isTrue();
    }
}
