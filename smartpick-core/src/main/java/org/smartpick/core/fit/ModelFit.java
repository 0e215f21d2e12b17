package org.smartpick.core.fit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.chance.Calibration;
import org.smartpick.core.chance.Factor;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.reference.MatchOutcome;

/**
 * Fits the interview coefficients and P(match | interview) of the chance model on an advisor's outcome rows, scores
 * the fit on a held-out fifth (every fifth row, so the split is deterministic), and writes parameters the model can
 * use: fitted coefficients, fitted P(match | interview) per family, and baselines recalibrated to the NRMP cells so the
 * national calibration still holds.
 */
public final class ModelFit {
    /** Families need this many interviewed training rows before their P(match | interview) is replaced. */
    static final int MIN_INTERVIEWED_PER_FAMILY = 20;

    static final int BINS = 10;

    /**
     * What the fit found. {@code keptPrior} lists factors the data cannot inform (no variation), whose coefficient
     * stays at the prior. {@code parameters} is the new parameters file (or its problems).
     */
    public record Report(
            int trainingRows,
            int heldOutRows,
            LogisticFit.Result interviewFit,
            Map<Factor, Double> coefficients,
            List<Factor> keptPrior,
            Map<String, Double> matchGivenInterview,
            Scores interview,
            Scores match,
            Parsed<ModelParameters> parameters) {
        public Report {
            coefficients = Map.copyOf(coefficients);
            keptPrior = List.copyOf(keptPrior);
            matchGivenInterview = Map.copyOf(matchGivenInterview);
        }
    }

    private ModelFit() {}

    public static Report fit(
            ModelParameters base, List<OutcomeRow> rows, List<MatchOutcome> nrmp, double lambda, String source) {
        Features features = new Features(base);
        List<double[]> trainX = new ArrayList<>();
        List<OutcomeRow> train = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        List<OutcomeRow> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean heldOut = i % 5 == 4;
            (heldOut ? testX : trainX).add(features.of(rows.get(i)));
            (heldOut ? test : train).add(rows.get(i));
        }
        boolean[] interviewed = new boolean[train.size()];
        for (int i = 0; i < train.size(); i++) {
            interviewed[i] = train.get(i).interviewed();
        }
        LogisticFit.Result result = LogisticFit.fit(trainX.toArray(new double[0][]), interviewed, lambda);
        Map<Factor, Double> coefficients = new EnumMap<>(Factor.class);
        List<Factor> keptPrior = new ArrayList<>();
        for (Factor f : Factor.values()) {
            if (varies(trainX, f.ordinal())) {
                coefficients.put(f, result.coefficients()[f.ordinal()]);
            } else {
                coefficients.put(f, base.coefficient(f));
                keptPrior.add(f);
            }
        }
        Map<String, Double> q = matchGivenInterview(base, train);
        Scores interviewScores = scores(test, testX, result, null, base);
        Scores matchScores = scores(test, testX, result, q, base);

        Map<String, String> updates = new LinkedHashMap<>();
        coefficients.forEach((f, c) -> updates.put("coef." + f.key(), round(c)));
        q.forEach((family, value) -> updates.put("match-given-interview." + family, round(value)));
        updates.put("model.version", base.version() + "+fit");
        updates.put("fit.source", source);
        updates.put("fit.training-rows", Integer.toString(train.size()));
        updates.put("fit.held-out-rows", Integer.toString(test.size()));
        updates.put("fit.lambda", Double.toString(lambda));
        updates.put("fit.held-out.interview-brier", round(interviewScores.brier()));
        updates.put("fit.held-out.interview-log-loss", round(interviewScores.logLoss()));
        Parsed<ModelParameters> updated = base.withValues(updates);
        Parsed<ModelParameters> recalibrated = updated.problems().isEmpty() && !nrmp.isEmpty()
                ? Calibration.fit(updated.value().orElseThrow(), nrmp)
                : updated;
        return new Report(
                train.size(),
                test.size(),
                result,
                coefficients,
                keptPrior,
                q,
                interviewScores,
                matchScores,
                recalibrated);
    }

    private static boolean varies(List<double[]> x, int column) {
        for (double[] row : x) {
            if (row[column] != x.get(0)[column]) {
                return true;
            }
        }
        return false;
    }

    /** The matched share of interviewed training rows per family, where a family has enough of them. */
    private static Map<String, Double> matchGivenInterview(ModelParameters base, List<OutcomeRow> train) {
        Map<String, int[]> counts = new TreeMap<>();
        for (OutcomeRow r : train) {
            if (r.interviewed()) {
                int[] c = counts.computeIfAbsent(
                        base.familyByCode().getOrDefault(r.specialtyCode(), base.defaultFamily()), k -> new int[2]);
                c[0]++;
                c[1] += r.matched() ? 1 : 0;
            }
        }
        Map<String, Double> q = new TreeMap<>(base.matchGivenInterview());
        counts.forEach((family, c) -> {
            if (c[0] >= MIN_INTERVIEWED_PER_FAMILY) {
                q.put(family, (double) c[1] / c[0]);
            }
        });
        return q;
    }

    /** Interview scores when {@code q} is null, else match scores with P(match) = P(interview) x q(family). */
    private static Scores scores(
            List<OutcomeRow> test,
            List<double[]> testX,
            LogisticFit.Result fit,
            Map<String, Double> q,
            ModelParameters base) {
        double[] p = new double[test.size()];
        boolean[] y = new boolean[test.size()];
        for (int i = 0; i < test.size(); i++) {
            OutcomeRow r = test.get(i);
            double pInterview = fit.probability(testX.get(i));
            p[i] = q == null
                    ? pInterview
                    : pInterview * q.get(base.familyByCode().getOrDefault(r.specialtyCode(), base.defaultFamily()));
            y[i] = q == null ? r.interviewed() : r.matched();
        }
        return Scores.of(p, y, BINS);
    }

    static String round(double x) {
        return Double.toString(Math.round(x * 1e5) / 1e5);
    }
}
