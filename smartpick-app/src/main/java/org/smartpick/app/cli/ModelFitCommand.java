package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.chance.Factor;
import org.smartpick.core.chance.ModelCheck;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.fit.ModelFit;
import org.smartpick.core.fit.OutcomeCsv;
import org.smartpick.core.fit.OutcomeRow;
import org.smartpick.core.fit.Scores;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.PipelineCalibration;
import org.smartpick.core.reference.MatchOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Fits the model's coefficients on an outcomes CSV, reports held-out scores and writes a parameters file. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description =
                "Fit interview coefficients and P(match | interview) on an outcomes CSV; write a parameters file.")
final class ModelFitCommand implements Callable<Integer> {
    static final int MIN_ROWS = 50;

    @ParentCommand
    ModelCommand model;

    @Option(
            names = "--outcomes",
            required = true,
            paramLabel = "FILE.csv",
            description = "Outcome rows (see docs/model.md).")
    Path outcomes;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "chance-model-fitted.properties",
            description = "Where to write the fitted parameters (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ModelFileOption modelFile;

    @Option(
            names = "--lambda",
            defaultValue = "1.0",
            description = "L2 penalty on the coefficients (default: ${DEFAULT-VALUE}).")
    double lambda;

    @Override
    public Integer call() throws IOException {
        ModelParameters base = modelFile.parameters();
        Parsed<List<OutcomeRow>> parsed = read(outcomes);
        if (!parsed.problems().isEmpty()) {
            throw new UsageException(outcomes + " has " + parsed.problems().size() + " problems:\n"
                    + ShippedPolicies.describe(parsed.problems()));
        }
        List<OutcomeRow> rows = parsed.value().orElseThrow();
        if (rows.size() < MIN_ROWS) {
            throw new UsageException(outcomes + " has " + rows.size() + " rows; fitting needs at least " + MIN_ROWS);
        }
        Catalog catalog = ShippedCatalog.load();
        var nrmp = catalog.reference().matchOutcomes();
        ModelFit.Report report =
                ModelFit.fit(base, rows, nrmp, lambda, outcomes.getFileName().toString());
        if (!report.parameters().problems().isEmpty()) {
            throw new IllegalStateException(
                    "fitted parameters do not parse: " + report.parameters().problems());
        }
        // New coefficients change which programs a list picks: the end-to-end calibration is done again on top.
        Parsed<ModelParameters> calibrated = PipelineCalibration.recalibrate(
                report.parameters().value().orElseThrow(),
                catalog,
                nrmp,
                List.of(),
                ShippedPolicies.recommenders(TaskRunner.callerOnly()));
        if (!calibrated.problems().isEmpty()) {
            throw new IllegalStateException("recalibrated parameters do not parse: " + calibrated.problems());
        }
        Files.writeString(out, calibrated.value().orElseThrow().text(), StandardCharsets.UTF_8);
        PrintWriter printer = model.spec.commandLine().getOut();
        print(base, report, nrmp, printer);
        printer.printf("%nwrote %s (use it with --model %s)%n", out, out);
        printer.flush();
        return SmartPickCommand.OK;
    }

    private static Parsed<List<OutcomeRow>> read(Path file) {
        try {
            return OutcomeCsv.from(CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new UsageException("outcomes file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read outcomes file " + file + ": " + e.getMessage());
        }
    }

    private static void print(
            ModelParameters base, ModelFit.Report report, java.util.List<MatchOutcome> nrmp, PrintWriter out) {
        out.printf(
                "fitted on %d rows, scored on %d held-out rows (every fifth row); Newton iterations %d%s%n%n",
                report.trainingRows(),
                report.heldOutRows(),
                report.interviewFit().iterations(),
                report.interviewFit().converged() ? "" : " (did not converge)");
        out.printf("%-26s %9s %9s%n", "factor", "prior", "fitted");
        for (Factor f : Factor.values()) {
            out.printf(
                    "%-26s %9.3f %9.3f%s%n",
                    f.key(),
                    base.coefficient(f),
                    report.coefficients().get(f),
                    report.keptPrior().contains(f) ? "  (no variation in the data: prior kept)" : "");
        }
        out.printf("%nP(match | interview):%n");
        report.matchGivenInterview()
                .forEach((family, q) -> out.printf(
                        "  %-12s %.3f (prior %.3f)%n",
                        family, q, base.matchGivenInterview().get(family)));
        printScores("interview", report.interview(), out);
        printScores("match", report.match(), out);
        ModelCheck.Report check = ModelCheck.check(report.parameters().value().orElseThrow(), nrmp);
        out.printf(
                "%nbaselines recalibrated to NRMP 2025: %d of %d cells within tolerance%n",
                check.rows().stream().filter(r -> r.within()).count(),
                check.rows().size());
    }

    private static void printScores(String what, Scores s, PrintWriter out) {
        out.printf(
                "%nheld-out %s: Brier %.4f (reliability %.4f, resolution %.4f, uncertainty %.4f), log loss %.4f%n",
                what, s.brier(), s.reliability(), s.resolution(), s.uncertainty(), s.logLoss());
        out.printf("  %-11s %6s %10s %9s%n", "predicted", "rows", "mean pred", "observed");
        for (Scores.ReliabilityBin b : s.bins()) {
            out.printf("  %.1f - %.1f  %6d %10.3f %9.3f%n", b.from(), b.to(), b.n(), b.meanPredicted(), b.observed());
        }
    }
}
