package org.smartpick.core.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.portfolio.LatentFactorModel;

/**
 * Fits the Step 2 CK coefficient to published score bands: for each specialty, the share of US MD seniors in each
 * Step 2 CK band who matched to it (NRMP Charting Outcomes 2020-2024). The typical US MD applicant applies to the
 * documented number of programs; their P(at least one match) in a band is the latent-factor chance of a list of those
 * programs, each with P(interview) = sigmoid(a_s + beta (band midpoint - reference_s) / 10) times q of the specialty.
 * The level a_s of each specialty is a nuisance fitted with beta; beta is shared by every specialty and chosen on a
 * grid by the binomial log-likelihood of the bands' applicants. Pure: the bands come in as records.
 */
public final class ScoreBandFit {
    private static final double BETA_LOW = 0.05;
    private static final double BETA_HIGH = 1.5;
    private static final double BETA_STEP = 0.01;

    private ScoreBandFit() {}

    /** One band of one specialty: its midpoint score, the US MD seniors in it and the share who matched. */
    public record ScoreBand(String specialtyCode, double midpoint, int applicants, double matchRate) {
        public ScoreBand {
            Objects.requireNonNull(specialtyCode, "specialtyCode");
            if (applicants < 0 || !(matchRate >= 0 && matchRate <= 1)) {
                throw new IllegalArgumentException("band " + specialtyCode + " " + midpoint
                        + ": applicants must be >= 0 and " + "matchRate 0..1, was " + applicants + ", " + matchRate);
            }
        }
    }

    /** One band's observed and fitted rate. */
    public record Residual(String specialtyCode, double midpoint, int applicants, double observed, double fitted) {}

    /** The fitted coefficient, each specialty's level, the residuals and the applicant-weighted mean absolute error. */
    public record Result(double beta, Map<String, Double> levels, List<Residual> residuals, double meanAbsoluteError) {
        public Result {
            levels = Map.copyOf(levels);
            residuals = List.copyOf(residuals);
        }
    }

    /**
     * The held-out check of the slope: beta fitted on one half of the specialties predicts the other half's bands
     * (their level fitted on their own bands, the slope not), against the prior coefficient in the same role.
     */
    public record Holdout(
            double betaFittedOnOtherHalf,
            double meanAbsoluteError,
            double priorBeta,
            double priorMeanAbsoluteError,
            int specialties,
            int bands) {}

    /** Fits beta and the levels on every band with at least one applicant. */
    public static Result fit(List<ScoreBand> bands, ModelParameters parameters) {
        Model model = new Model(parameters);
        // The profile likelihood of beta (levels maximised) is unimodal on this range: golden-section search.
        double low = BETA_LOW;
        double high = BETA_HIGH;
        double ratio = (Math.sqrt(5) - 1) / 2;
        while (high - low > BETA_STEP / 2) {
            double a = high - ratio * (high - low);
            double b = low + ratio * (high - low);
            if (model.logLikelihood(bands, a) < model.logLikelihood(bands, b)) {
                low = a;
            } else {
                high = b;
            }
        }
        double beta = Math.round((low + high) / 2 / BETA_STEP) * BETA_STEP;
        return model.result(bands, Math.round(beta * 100) / 100.0);
    }

    /** Fits beta on every other specialty (by code order) and scores it on the rest, both ways, against the prior. */
    public static Holdout holdout(List<ScoreBand> bands, ModelParameters parameters, double priorBeta) {
        List<String> codes =
                bands.stream().map(ScoreBand::specialtyCode).distinct().sorted().toList();
        Model model = new Model(parameters);
        double[] sums = new double[4];
        double betaSum = 0;
        for (int half = 0; half < 2; half++) {
            List<String> fitCodes = new ArrayList<>();
            for (int i = half; i < codes.size(); i += 2) {
                fitCodes.add(codes.get(i));
            }
            List<ScoreBand> fitOn = bands.stream()
                    .filter(b -> fitCodes.contains(b.specialtyCode()))
                    .toList();
            List<ScoreBand> heldOut = bands.stream()
                    .filter(b -> !fitCodes.contains(b.specialtyCode()))
                    .toList();
            double beta = fit(fitOn, parameters).beta();
            betaSum += beta;
            Result fitted = model.result(heldOut, beta);
            Result prior = model.result(heldOut, priorBeta);
            double n = heldOut.stream().mapToInt(ScoreBand::applicants).sum();
            sums[0] += fitted.meanAbsoluteError() * n;
            sums[1] += prior.meanAbsoluteError() * n;
            sums[2] += n;
            sums[3] += heldOut.stream().filter(b -> b.applicants() > 0).count();
        }
        return new Holdout(betaSum / 2, sums[0] / sums[2], priorBeta, sums[1] / sums[2], codes.size(), (int) sums[3]);
    }

    /** The typical US MD applicant's chance in a band, and the fit of a specialty's level for a given beta. */
    private static final class Model {
        private final ModelParameters parameters;
        private final LatentFactorModel portfolio;
        private final int applications;

        Model(ModelParameters parameters) {
            this.parameters = parameters;
            this.portfolio = LatentFactorModel.withRho(parameters.rho(ApplicantType.US_MD));
            this.applications = parameters.typical().get(ApplicantType.US_MD).applications();
        }

        double predicted(ScoreBand band, double level, double beta) {
            double x = (band.midpoint() - parameters.references().step2For(band.specialtyCode())) / 10;
            double p = 1 / (1 + Math.exp(-(level + beta * x))) * parameters.matchGivenInterview(band.specialtyCode());
            // The same chance at every program of the list: at node k, none of N matches with (1 - p_k)^N.
            double[] weights = portfolio.nodeWeights();
            double total = 0;
            for (int k = 0; k < weights.length; k++) {
                total += weights[k]
                        * -Math.expm1(applications * Math.log1p(-Math.min(1 - 1e-15, portfolio.conditional(p, k))));
            }
            return total;
        }

        double logLikelihood(List<ScoreBand> bands, double beta) {
            double ll = 0;
            for (Map.Entry<String, List<ScoreBand>> specialty :
                    bySpecialty(bands).entrySet()) {
                double level = level(specialty.getValue(), beta);
                ll += logLikelihood(specialty.getValue(), level, beta);
            }
            return ll;
        }

        private double logLikelihood(List<ScoreBand> bands, double level, double beta) {
            double ll = 0;
            for (ScoreBand b : bands) {
                double p = Math.min(1 - 1e-9, Math.max(1e-9, predicted(b, level, beta)));
                ll += b.applicants() * (b.matchRate() * Math.log(p) + (1 - b.matchRate()) * Math.log(1 - p));
            }
            return ll;
        }

        /** The level that maximises a specialty's likelihood for beta, by golden-section search (it is unimodal). */
        double level(List<ScoreBand> bands, double beta) {
            double low = -12;
            double high = 12;
            double ratio = (Math.sqrt(5) - 1) / 2;
            for (int i = 0; i < 40; i++) {
                double a = high - ratio * (high - low);
                double b = low + ratio * (high - low);
                if (logLikelihood(bands, a, beta) < logLikelihood(bands, b, beta)) {
                    low = a;
                } else {
                    high = b;
                }
            }
            return (low + high) / 2;
        }

        Result result(List<ScoreBand> bands, double beta) {
            Map<String, Double> levels = new LinkedHashMap<>();
            List<Residual> residuals = new ArrayList<>();
            double weightedError = 0;
            int applicants = 0;
            for (Map.Entry<String, List<ScoreBand>> specialty :
                    bySpecialty(bands).entrySet()) {
                double level = level(specialty.getValue(), beta);
                levels.put(specialty.getKey(), level);
                for (ScoreBand b : specialty.getValue()) {
                    double fitted = predicted(b, level, beta);
                    residuals.add(new Residual(b.specialtyCode(), b.midpoint(), b.applicants(), b.matchRate(), fitted));
                    weightedError += b.applicants() * Math.abs(fitted - b.matchRate());
                    applicants += b.applicants();
                }
            }
            return new Result(beta, levels, residuals, applicants == 0 ? 0 : weightedError / applicants);
        }

        private static Map<String, List<ScoreBand>> bySpecialty(List<ScoreBand> bands) {
            Map<String, List<ScoreBand>> by = new LinkedHashMap<>();
            bands.stream()
                    .filter(b -> b.applicants() > 0)
                    .forEach(b -> by.computeIfAbsent(b.specialtyCode(), k -> new ArrayList<>())
                            .add(b));
            return by;
        }
    }
}
