package org.smartpick.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.ScoreBandCsvReader;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.fit.ScoreBandFit;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.PipelineCalibration;
import org.smartpick.core.reference.MatchOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Checks the model against published outcomes end to end: the typical applicant of every NRMP 2025 cell through the
 * whole recommendation on the shipped catalog (fitted cells within the tolerance), the cells too small to fit (held
 * out, within a binomial band), and the 2024 headline rates; exits 1 when any of them misses.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Compare the whole recommendation's match chances with NRMP outcomes by specialty and applicant type.")
final class ModelCheckCommand implements Callable<Integer> {
    @ParentCommand
    ModelCommand model;

    @Option(names = "--json", description = "Print {\"cells\": [...], \"holdout\": [...]} as JSON.")
    boolean json;

    @Mixin
    ModelFileOption modelFile;

    /**
     * The held-out score bands must be predicted within this mean absolute error (and better than no score effect):
     * Charting Outcomes gives whole per cents pooled over five seasons, so a slope that is right should land within a
     * few points of bands it never saw.
     */
    static final double SCORE_BAND_TOLERANCE = 0.03;

    /** One cell as --json prints it. */
    record CellView(
            String specialtyCode,
            String cell,
            ApplicantType applicantType,
            int applicants,
            double observed,
            double predicted,
            double expectedInterviews,
            int applications,
            double allowedDifference,
            boolean within,
            String basis) {
        static CellView of(PipelineCalibration.CellResult r) {
            return new CellView(
                    r.specialtyCode(),
                    r.cellId(),
                    r.applicantType(),
                    r.applicants(),
                    round(r.observed()),
                    round(r.predicted()),
                    r.expectedInterviews(),
                    r.applications(),
                    round(r.allowedDifference()),
                    r.within(),
                    r.basis());
        }
    }

    /** A held-out view as --json prints it: a small cell, or a headline rate of another season. */
    record HoldoutView(
            String view,
            String specialtyCode,
            ApplicantType applicantType,
            int applicants,
            double observed,
            double predicted,
            double expectedInterviews,
            double allowedDifference,
            boolean within) {}

    record Output(List<CellView> cells, List<HoldoutView> holdout, boolean passes) {}

    @Override
    public Integer call() throws JacksonException {
        ModelParameters parameters = modelFile.parameters();
        Catalog catalog = ShippedCatalog.load();
        List<MatchOutcome> outcomes = catalog.reference().matchOutcomes();
        PipelineCalibration.Report pipeline = PipelineCalibration.report(
                parameters, catalog, outcomes, ShippedPolicies.recommenders(TaskRunner.callerOnly()));
        List<HoldoutView> holdout = new ArrayList<>();
        for (PipelineCalibration.CellResult r : pipeline.heldOut()) {
            holdout.add(new HoldoutView(
                    "2025 cell under " + parameters.calibration().minApplicants() + " applicants: " + r.cellId(),
                    r.specialtyCode(),
                    r.applicantType(),
                    r.applicants(),
                    round(r.observed()),
                    round(r.predicted()),
                    r.expectedInterviews(),
                    round(r.allowedDifference()),
                    r.within()));
        }
        holdout.addAll(headlines(parameters, pipeline));
        ScoreBandFit.Holdout bands = ScoreBandFit.holdout(ScoreBandCsvReader.shipped(), parameters, 0);
        boolean bandsWithin = bands.meanAbsoluteError() <= SCORE_BAND_TOLERANCE
                && bands.meanAbsoluteError() < bands.priorMeanAbsoluteError();
        holdout.add(new HoldoutView(
                "Step 2 CK slope fitted on half the specialties ("
                        + Math.round(bands.betaFittedOnOtherHalf() * 100) / 100.0 + "), other half's " + bands.bands()
                        + " bands: mean abs. error",
                "",
                ApplicantType.US_MD,
                0,
                0,
                round(bands.meanAbsoluteError()),
                0,
                SCORE_BAND_TOLERANCE,
                bandsWithin));
        holdout.add(new HoldoutView(
                "  the same bands with no score effect (slope 0): mean abs. error",
                "",
                ApplicantType.US_MD,
                0,
                0,
                round(bands.priorMeanAbsoluteError()),
                0,
                0,
                true));
        boolean passes = pipeline.passes() && bandsWithin;
        PrintWriter out = model.spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper()
                    .writeValueAsString(new Output(
                            pipeline.cells().stream().map(CellView::of).toList(), holdout, passes)));
        } else {
            printText(parameters, pipeline, holdout, passes, out);
        }
        out.flush();
        return passes ? SmartPickCommand.OK : SmartPickCommand.FAILURE;
    }

    /**
     * The 2024 headline rate of each applicant type against the applicant-weighted prediction over the 2025 cells
     * the pipeline covers: a view of another season (for reading, not a pass/fail check: the cells cover only the
     * specialties with programs in the catalog).
     */
    private static List<HoldoutView> headlines(ModelParameters parameters, PipelineCalibration.Report report) {
        List<HoldoutView> views = new ArrayList<>();
        parameters.calibration().holdoutRates().forEach((type, rate) -> {
            double[] sum = new double[3];
            java.util.stream.Stream.concat(report.cells().stream(), report.heldOut().stream())
                    .filter(r -> r.applicantType() == type)
                    .forEach(r -> {
                        sum[0] += r.applicants();
                        sum[1] += r.applicants() * r.predicted();
                        sum[2] += r.applicants() * r.expectedInterviews();
                    });
            if (sum[0] > 0) {
                views.add(new HoldoutView(
                        "2024 headline rate vs the 2025 cells' weighted prediction",
                        "",
                        type,
                        (int) sum[0],
                        round(rate),
                        round(sum[1] / sum[0]),
                        Math.round(sum[2] / sum[0] * 10) / 10.0,
                        0,
                        true));
            }
        });
        return views;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    static void printText(
            ModelParameters parameters,
            PipelineCalibration.Report report,
            List<HoldoutView> holdout,
            boolean passes,
            PrintWriter out) {
        double tolerance = parameters.calibration().tolerance();
        out.printf(
                "model %s: the typical applicant of each NRMP 2025 cell (at least %d applicants) through the whole "
                        + "recommendation on the shipped catalog:%nP(match in the specialty) with their own optimized list and "
                        + "signals, and the interviews that list is expected to bring%n%n",
                parameters.version(), parameters.calibration().minApplicants());
        out.printf(
                "%-36s %-5s %-10s %10s %9s %9s %10s %10s %12s%n",
                "cell",
                "code",
                "type",
                "applicants",
                "observed",
                "predicted",
                "difference",
                "interviews",
                "applications");
        long missed = 0;
        for (PipelineCalibration.CellResult r : report.cells()) {
            out.printf(
                    "%-36s %-5s %-10s %10d %8.1f%% %8.1f%% %+9.1f %10.1f %12d%s%n",
                    r.cellId(),
                    r.specialtyCode(),
                    r.applicantType(),
                    r.applicants(),
                    100 * r.observed(),
                    100 * r.predicted(),
                    100 * r.difference(),
                    r.expectedInterviews(),
                    r.applications(),
                    r.within() ? "" : "  MISS");
            missed += r.within() ? 0 : 1;
        }
        out.printf(
                "%n%d of %d cells within %.1f percentage points%n",
                report.cells().size() - missed, report.cells().size(), 100 * tolerance);
        out.printf(
                "%nheld out (not fitted; a small cell must fall within %.0f points plus 2.58 binomial standard errors of "
                        + "the prediction; see docs/model.md):%n",
                100 * tolerance);
        out.printf(
                "%-58s %-10s %10s %9s %9s %10s %9s%n",
                "view", "type", "applicants", "observed", "predicted", "difference", "allowed");
        for (HoldoutView h : holdout) {
            out.printf(
                    "%-58s %-10s %10d %8.1f%% %8.1f%% %+9.1f %9s%s%n",
                    h.view(),
                    h.applicantType(),
                    h.applicants(),
                    100 * h.observed(),
                    100 * h.predicted(),
                    100 * (h.predicted() - h.observed()),
                    h.allowedDifference() == 0
                            ? "-"
                            : String.format(java.util.Locale.ROOT, "%.1f", 100 * h.allowedDifference()),
                    h.within() ? "" : "  MISS");
        }
        out.printf("%n%s%n", passes ? "model check passed" : "model check FAILED");
    }
}
