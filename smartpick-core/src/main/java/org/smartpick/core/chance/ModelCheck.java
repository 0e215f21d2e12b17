package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.ModelParameters.Baseline;
import org.smartpick.core.chance.ModelParameters.Cell;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.Track;
import org.smartpick.core.reference.MatchOutcome;

/** Recomputes, from a parameters file, the typical applicant's predicted match rate for every NRMP cell. */
public final class ModelCheck {

    /** The fitted cells and the out-of-sample views. */
    public record Report(List<CalibrationRow> rows, List<HoldoutRow> holdout) {
        public Report {
            rows = List.copyOf(rows);
            holdout = List.copyOf(holdout);
        }

        public boolean allWithin() {
            return rows.stream().allMatch(CalibrationRow::within);
        }
    }

    private record Prediction(MatchOutcome outcome, String code, double predicted) {}

    private ModelCheck() {}

    public static Report check(ModelParameters parameters, List<MatchOutcome> outcomes) {
        ChanceModel model = ChanceModel.of(parameters);
        List<Prediction> predictions = new ArrayList<>();
        for (MatchOutcome o : outcomes) {
            predictions.add(predict(model, o));
        }
        int min = parameters.calibration().minApplicants();
        double tolerance = parameters.calibration().tolerance();
        List<CalibrationRow> rows = predictions.stream()
                .filter(p -> p.outcome().applicants() >= min)
                .map(p -> {
                    double observed = p.outcome().matchRate();
                    double difference = p.predicted() - observed;
                    return new CalibrationRow(
                            p.outcome().nrmpSpecialty(),
                            p.code(),
                            p.outcome().applicantType(),
                            p.outcome().applicants(),
                            observed,
                            p.predicted(),
                            difference,
                            Math.abs(difference) <= tolerance);
                })
                .sorted(Comparator.comparing(CalibrationRow::specialty).thenComparing(CalibrationRow::applicantType))
                .toList();
        List<HoldoutRow> holdout = new ArrayList<>();
        holdout.addAll(weighted(
                "2025 cells under " + min + " applicants (not fitted)",
                predictions.stream().filter(p -> p.outcome().applicants() < min).toList(),
                Map.of()));
        holdout.addAll(weighted(
                "2024 headline rate vs 2025-calibrated model",
                predictions,
                parameters.calibration().holdoutRates()));
        return new Report(rows, holdout);
    }

    /** The cell's own baseline when it has one for this type, else what the model would use for the code and track. */
    private static Prediction predict(ChanceModel model, MatchOutcome o) {
        Cell cell = Calibration.findCell(model.parameters(), o.nrmpSpecialty()).orElse(null);
        String code = cell != null ? cell.code() : o.specialtyCode().orElse("");
        Track track = cell != null ? cell.track() : Calibration.trackOf(o.nrmpSpecialty());
        Baseline baseline = cell != null && cell.baselines().containsKey(o.applicantType())
                ? cell.baselines().get(o.applicantType())
                : model.baseline(code, track, o.applicantType());
        Calibration.TypicalCase typical = Calibration.typicalCase(
                model, o.applicantType(), code, track, cell != null ? cell.programs() : OptionalInt.empty());
        LatentFactorModel portfolio = model.portfolio(o.applicantType());
        return new Prediction(o, code, typical.predicted(portfolio, baseline.intercept()));
    }

    /** Applicant-weighted observed and predicted rates by type; observed from {@code rates} when given. */
    private static List<HoldoutRow> weighted(
            String view, List<Prediction> predictions, Map<ApplicantType, Double> rates) {
        Map<ApplicantType, double[]> sums = new EnumMap<>(ApplicantType.class);
        for (Prediction p : predictions) {
            double[] s = sums.computeIfAbsent(p.outcome().applicantType(), t -> new double[3]);
            s[0] += p.outcome().applicants();
            s[1] += p.outcome().matches();
            s[2] += p.outcome().applicants() * p.predicted();
        }
        List<HoldoutRow> rows = new ArrayList<>();
        sums.forEach((type, s) -> {
            if (s[0] == 0 || (!rates.isEmpty() && !rates.containsKey(type))) {
                return;
            }
            double observed = rates.isEmpty() ? s[1] / s[0] : rates.get(type);
            double predicted = s[2] / s[0];
            rows.add(new HoldoutRow(view, type, (int) s[0], observed, predicted, predicted - observed));
        });
        return rows;
    }
}
