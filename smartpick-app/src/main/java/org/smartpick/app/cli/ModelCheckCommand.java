package org.smartpick.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.chance.CalibrationRow;
import org.smartpick.core.chance.HoldoutRow;
import org.smartpick.core.chance.ModelCheck;
import org.smartpick.core.chance.ModelParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Recomputes every NRMP 2025 cell from the parameters file; exits 1 when any cell misses the tolerance. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the model's predicted match rates with NRMP 2025 by specialty and applicant type.")
final class ModelCheckCommand implements Callable<Integer> {
    @ParentCommand
    ModelCommand model;

    @Option(names = "--json", description = "Print the rows as a JSON array.")
    boolean json;

    @Mixin
    ModelFileOption modelFile;

    @Override
    public Integer call() throws JacksonException {
        ModelParameters parameters = modelFile.parameters();
        ModelCheck.Report report = ModelCheck.check(parameters, ShippedCatalog.load().reference().matchOutcomes());
        PrintWriter out = model.spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(report.rows()));
        } else {
            printText(parameters, report, out);
        }
        out.flush();
        return report.allWithin() ? SmartPickCommand.OK : SmartPickCommand.FAILURE;
    }

    static void printText(ModelParameters parameters, ModelCheck.Report report, PrintWriter out) {
        double tolerance = parameters.calibration().tolerance();
        out.printf("model %s, rho %s: NRMP 2025 cells with at least %d applicants (predicted = P(at least one match)"
                + " of the typical applicant)%n%n", parameters.version(), parameters.rho(), parameters.calibration().minApplicants());
        out.printf("%-40s %-5s %-10s %10s %9s %9s %10s%n", "specialty", "code", "type", "applicants", "observed", "predicted",
                "difference");
        long missed = 0;
        for (CalibrationRow r : report.rows()) {
            out.printf("%-40s %-5s %-10s %10d %8.1f%% %8.1f%% %+9.1f%s%n", r.specialty(), r.specialtyCode(), r.applicantType(),
                    r.applicants(), 100 * r.observed(), 100 * r.predicted(), 100 * r.difference(), r.within() ? "" : "  MISS");
            missed += r.within() ? 0 : 1;
        }
        out.printf("%n%d of %d cells within %.1f percentage points%n", report.rows().size() - missed, report.rows().size(),
                100 * tolerance);
        out.printf("%nout-of-sample views (not fitted; see docs/model.md):%n");
        out.printf("%-48s %-10s %10s %9s %9s %10s%n", "view", "type", "applicants", "observed", "predicted", "difference");
        for (HoldoutRow h : report.holdout()) {
            out.printf("%-48s %-10s %10d %8.1f%% %8.1f%% %+9.1f%n", h.view(), h.applicantType(), h.applicants(),
                    100 * h.observed(), 100 * h.predicted(), 100 * h.difference());
        }
    }
}
