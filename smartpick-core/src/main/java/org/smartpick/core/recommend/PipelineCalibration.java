package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.Calibration;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.chance.ModelParameters.Cell;
import org.smartpick.core.chance.Pipeline;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.fit.ScoreBandFit;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Track;
import org.smartpick.core.reference.MatchOutcome;

/**
 * Calibrates and checks the chances end to end: the documented typical applicant of a type goes through the whole
 * recommendation (eligibility, their own optimized list of the documented number of programs in one specialty, and
 * signals), and the chance of a match that the answer reports is compared with the NRMP rate of that specialty and
 * type. The baselines fitted on a typical program with no facts ({@link Calibration}) overstate this chance, because
 * the list then picks the programs most open to the applicant and signals them, which the NRMP rates already contain;
 * the pipeline shift of each cell takes that back out, so it is counted once.
 */
public final class PipelineCalibration {
    private static final double LOW = -8;
    private static final double HIGH = 6;
    /** A shift at which every program of a list interviews the typical applicant: what reachability is judged at. */
    private static final double REACH = 8;

    private static final int STEPS = 22;
    /** A cell is held to the pipeline only when the catalog holds this many of its programs, or the typical count. */
    private static final int MIN_LIST = 30;

    private PipelineCalibration() {}

    /**
     * One NRMP cell the pipeline is held to: the outcome, its cell, the rate to reproduce (the NRMP rate, or a
     * better-defined one with its basis) and the typical applicant with their list length.
     */
    public record Target(
            MatchOutcome outcome, Cell cell, double observed, String basis, Profile typical, int applications) {}

    /**
     * One cell through the whole recommendation: observed and predicted P(match in the specialty) and the interviews
     * the typical applicant's list is expected to bring.
     */
    public record CellResult(
            String cellId,
            String specialtyCode,
            ApplicantType applicantType,
            int applicants,
            double observed,
            double predicted,
            double expectedInterviews,
            int applications,
            double allowedDifference,
            String basis) {
        public double difference() {
            return predicted - observed;
        }

        public boolean within() {
            return Math.abs(difference()) <= allowedDifference;
        }
    }

    /**
     * The end-to-end check: every fitted cell within the calibration's tolerance, and every held-out cell (under the
     * minimum of applicants, never fitted) within what its few applicants allow: the tolerance plus 2.58 binomial
     * standard errors of the prediction (a 99% band), so a cell of 9 applicants is not held to 3 points.
     */
    public record Report(List<CellResult> cells, List<CellResult> heldOut) {
        public Report {
            cells = List.copyOf(cells);
            heldOut = List.copyOf(heldOut);
        }

        public boolean passes() {
            return cells.stream().allMatch(CellResult::within)
                    && heldOut.stream().allMatch(CellResult::within);
        }
    }

    /** Both parts of the end-to-end check for the model of {@code parameters}. */
    public static Report report(
            ModelParameters parameters,
            Catalog catalog,
            List<MatchOutcome> outcomes,
            Function<ChanceModel, Recommender> recommenders) {
        double tolerance = parameters.calibration().tolerance();
        List<CellResult> fitted =
                check(parameters, catalog, targets(parameters, catalog, outcomes, true), recommenders, r -> tolerance);
        List<CellResult> heldOut = check(
                parameters,
                catalog,
                targets(parameters, catalog, outcomes, false),
                recommenders,
                r -> tolerance
                        + 2.576 * Math.sqrt(Math.max(0.01, r.predicted() * (1 - r.predicted())) / r.applicants()));
        return new Report(fitted, heldOut);
    }

    /**
     * The NRMP cells of specialties with programs in the catalog; with {@code fitted} those with at least the
     * calibration's minimum of applicants, else those below it (held out: never fitted).
     */
    public static List<Target> targets(
            ModelParameters parameters, Catalog catalog, List<MatchOutcome> outcomes, boolean fitted) {
        int min = parameters.calibration().minApplicants();
        List<Target> targets = new ArrayList<>();
        for (MatchOutcome o : outcomes) {
            Optional<Cell> cell = cellInUse(parameters, o);
            if (cell.isEmpty() || (o.applicants() >= min) != fitted) {
                continue;
            }
            long programs = catalog.programsIn(cell.get().code()).stream()
                    .filter(p -> p.track() == Track.CATEGORICAL)
                    .count();
            ModelParameters.TypicalApplicant t = parameters.typical().get(o.applicantType());
            int applications = (int) Math.min(t.applications(), programs);
            if (applications < Math.min(t.applications(), MIN_LIST)) {
                // Too few of the specialty's programs in the catalog (OB/GYN left ERAS) to form the typical list.
                continue;
            }
            Optional<Double> better =
                    parameters.pipeline().findTarget(cell.get().id(), o.applicantType());
            if (parameters.pipeline().pgy2Codes().contains(cell.get().code()) && better.isEmpty()) {
                // The PGY-1 row counts only the few applicants to PGY-1 positions: not this type's chance.
                continue;
            }
            Profile typical =
                    Calibration.typicalProfile(t, o.applicantType(), cell.get().code());
            String basis = better.isPresent()
                    ? parameters.pipeline().targetBasis().get(cell.get().id() + "." + o.applicantType())
                    : "NRMP " + o.season() + " " + o.nrmpSpecialty() + ", " + o.matches() + " of " + o.applicants()
                            + " matched";
            targets.add(new Target(o, cell.get(), better.orElse(o.matchRate()), basis, typical, applications));
        }
        return targets;
    }

    /**
     * The cell of an outcome when it is the one whose baseline the chance model uses for its specialty's categorical
     * programs and the outcome's applicant type (see {@link ChanceModel#baseline}); other rows of the same code (a
     * primary-care track, say) describe programs the catalog does not tell apart.
     */
    static Optional<Cell> cellInUse(ModelParameters parameters, MatchOutcome o) {
        Optional<Cell> named = parameters.cells().stream()
                .filter(c ->
                        c.name().equals(o.nrmpSpecialty()) && !c.code().isEmpty() && c.track() == Track.CATEGORICAL)
                .findFirst();
        if (named.isEmpty()) {
            return named;
        }
        // Held out (no baseline of its own for the type): the cell must be its code's main one, whose programs these
        // are.
        boolean own = named.get().findBaseline(o.applicantType()).isPresent();
        Optional<Cell> used = parameters.cells().stream()
                .filter(c -> c.code().equals(named.get().code())
                        && (own
                                ? c.findBaseline(o.applicantType()).isPresent()
                                : !c.baselines().isEmpty()))
                .min(java.util.Comparator.comparing((Cell c) -> c.track() == Track.CATEGORICAL ? 0 : 1)
                        .thenComparing(Cell::id));
        return named.filter(n -> used.isPresent() && used.get().id().equals(n.id()));
    }

    /** Every target through the recommendation that {@code recommenders} builds for the model of {@code parameters}. */
    static List<CellResult> check(
            ModelParameters parameters,
            Catalog catalog,
            List<Target> targets,
            Function<ChanceModel, Recommender> recommenders,
            java.util.function.ToDoubleFunction<CellResult> allowed) {
        Recommender recommender = recommenders.apply(ChanceModel.of(parameters));
        List<CellResult> results = new ArrayList<>();
        for (Target target : targets) {
            CellResult r = result(target, recommender.recommend(target.typical(), catalog, options(target)), 0);
            results.add(result(target, r, allowed.applyAsDouble(r)));
        }
        return results;
    }

    /**
     * The whole calibration of a parameters file on a catalog: the Step 2 CK coefficient fitted to the score bands
     * ({@link ScoreBandFit}, when any are given); each specialty's typical interview rate by applicant type
     * ({@link #opennessReferences}); for each applicant type the largest rho at which the
     * pipeline can reach its targets caps the synthetic fit; the synthetic calibration (rho and the baselines on a
     * typical program, {@link Calibration#fit}); then the pipeline shifts on top.
     */
    public static Parsed<ModelParameters> recalibrate(
            ModelParameters given,
            Catalog catalog,
            List<MatchOutcome> outcomes,
            List<ScoreBandFit.ScoreBand> scoreBands,
            Function<ChanceModel, Recommender> recommenders) {
        Map<String, String> fitted = new LinkedHashMap<>(opennessReferences(catalog));
        if (!scoreBands.isEmpty()) {
            fitted.put(
                    "coef.step2ck",
                    Double.toString(ScoreBandFit.fit(scoreBands, given).beta()));
        }
        Parsed<ModelParameters> withReferences = given.withValues(fitted);
        if (!withReferences.problems().isEmpty()) {
            return withReferences;
        }
        ModelParameters parameters = withReferences.value().orElseThrow();
        Map<String, String> caps = new LinkedHashMap<>();
        for (ApplicantType type : ApplicantType.values()) {
            caps.put(
                    "calibration.rho-max." + type,
                    number(largestReachableRho(parameters, catalog, outcomes, recommenders, type)));
        }
        Parsed<ModelParameters> capped = parameters.withValues(caps);
        if (!capped.problems().isEmpty()) {
            return capped;
        }
        Parsed<ModelParameters> synthetic = Calibration.fit(capped.value().orElseThrow(), outcomes);
        if (!synthetic.problems().isEmpty()) {
            return synthetic;
        }
        return synthetic
                .value()
                .orElseThrow()
                .withValues(fit(synthetic.value().orElseThrow(), catalog, outcomes, recommenders));
    }

    /**
     * Each specialty's typical interview rate by applicant type: the mean log-odds of its programs' stated rates
     * (each clamped to 0.5%..99.5%, as the rates are rounded to whole per cents), written as
     * {@code openness.ref.<code>.<TYPE>}; specialties with fewer than 10 programs with a rate get none.
     */
    public static Map<String, String> opennessReferences(Catalog catalog) {
        Map<String, double[]> sums = new java.util.TreeMap<>();
        for (var program : catalog.programs()) {
            for (ApplicantType type : ApplicantType.values()) {
                var rate = program.interviewRates().forType(type);
                if (rate.isStated() && rate.value().isPresent()) {
                    double r = Math.max(0.005, Math.min(0.995, rate.value().get()));
                    double[] sum = sums.computeIfAbsent(program.specialtyCode() + "." + type, k -> new double[2]);
                    sum[0] += Math.log(r / (1 - r));
                    sum[1]++;
                }
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            if (sum[1] >= 10) {
                references.put("openness.ref." + key, number(sum[0] / sum[1]));
            }
        });
        return references;
    }

    /**
     * The pipeline shift of every fitted target, found by bisection (the reported chance rises with the shift), and
     * each applicant type's default shift, the applicant-weighted mean of its cells': the keys and values to write.
     */
    public static Map<String, String> fit(
            ModelParameters parameters,
            Catalog catalog,
            List<MatchOutcome> outcomes,
            Function<ChanceModel, Recommender> recommenders) {
        Map<String, String> shifts = new LinkedHashMap<>();
        Map<ApplicantType, double[]> weighted = new EnumMap<>(ApplicantType.class);
        for (Target target : targets(parameters, catalog, outcomes, true)) {
            ApplicantType type = target.outcome().applicantType();
            String key = Pipeline.shiftKey(target.cell().id(), type);
            double low = LOW;
            double high = HIGH;
            for (int i = 0; i < STEPS; i++) {
                double mid = (low + high) / 2;
                double predicted = predicted(
                        parameters.withValues(Map.of(key, number(mid))).value().orElseThrow(),
                        catalog,
                        target,
                        recommenders);
                if (predicted < target.observed()) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            double shift = (low + high) / 2;
            shifts.put(key, number(shift));
            double[] sum = weighted.computeIfAbsent(type, t -> new double[2]);
            sum[0] += target.outcome().applicants() * shift;
            sum[1] += target.outcome().applicants();
        }
        weighted.forEach((type, sum) -> shifts.put(Pipeline.shiftKey("default", type), number(sum[0] / sum[1])));
        return shifts;
    }

    /**
     * The largest rho on the calibration grid at which every fitted target of an applicant type is reachable through
     * the whole pipeline: correlation caps P(at least one match) of a list however open its programs, and
     * US MD seniors in core specialties match 97-99% of the time (Charting Outcomes). Like the synthetic calibration,
     * this takes the strongest correlation the data allow.
     */
    public static double largestReachableRho(
            ModelParameters parameters,
            Catalog catalog,
            List<MatchOutcome> outcomes,
            Function<ChanceModel, Recommender> recommenders,
            ApplicantType type) {
        List<Target> targets = targets(parameters, catalog, outcomes, true).stream()
                .filter(t -> t.outcome().applicantType() == type)
                .toList();
        double step = parameters.calibration().rhoGridStep();
        for (double rho = 0.9; rho > 0; rho -= step) {
            double rounded = Math.round(rho * 1e6) / 1e6;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("portfolio.rho." + type, number(rounded));
            for (Target t : targets) {
                values.put(Pipeline.shiftKey(t.cell().id(), t.outcome().applicantType()), number(REACH));
            }
            ModelParameters atMost = parameters.withValues(values).value().orElseThrow();
            Recommender recommender = recommenders.apply(ChanceModel.of(atMost));
            boolean reachable = targets.stream()
                    .allMatch(t -> recommender
                                    .recommend(t.typical(), catalog, options(t))
                                    .summary()
                                    .pAtLeastOneMatch()
                            >= t.observed());
            if (reachable) {
                return rounded;
            }
        }
        return 0;
    }

    private static double predicted(
            ModelParameters parameters,
            Catalog catalog,
            Target target,
            Function<ChanceModel, Recommender> recommenders) {
        Recommender recommender = recommenders.apply(ChanceModel.of(parameters));
        return recommender
                .recommend(target.typical(), catalog, options(target))
                .summary()
                .pAtLeastOneMatch();
    }

    private static CellResult result(Target target, Recommendation recommendation, double allowed) {
        MatchOutcome o = target.outcome();
        return new CellResult(
                target.cell().id(),
                target.cell().code(),
                o.applicantType(),
                o.applicants(),
                target.observed(),
                recommendation.summary().pAtLeastOneMatch(),
                recommendation.summary().expectedInterviews(),
                recommendation.summary().applications(),
                allowed,
                target.basis());
    }

    private static CellResult result(Target target, CellResult r, double allowed) {
        return new CellResult(
                r.cellId(),
                r.specialtyCode(),
                r.applicantType(),
                r.applicants(),
                r.observed(),
                r.predicted(),
                r.expectedInterviews(),
                r.applications(),
                allowed,
                target.basis());
    }

    /** The typical applicant's list: the documented number of programs, no dollar limit, the match objective. */
    static RecommendOptions options(Target target) {
        int season = Calibration.CALIBRATION_SEASON;
        return new RecommendOptions(
                season,
                LocalDate.of(season - 1, 9, 15),
                OptionalInt.empty(),
                OptionalInt.of(target.applications()),
                Objective.AT_LEAST_ONE_MATCH,
                false,
                false);
    }

    private static String number(double x) {
        return Double.toString(Math.round(x * 1e6) / 1e6);
    }
}
