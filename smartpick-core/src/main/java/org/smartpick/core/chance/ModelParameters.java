package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Track;

/**
 * Every number of the chance model, read from a versioned {@code key=value} file
 * ({@code data/model/chance-model-v1.properties}); the file's comments give each number's source.
 *
 * @param rho latent-factor correlation of one applicant's outcomes across programs (for types without their own)
 * @param rhoByType the correlation by applicant type, where calibration fitted one
 * @param intervalZ normal quantile of the reported uncertainty range (1.645 for a 90% range)
 * @param coefficients log-odds per unit of each factor (see {@link Factor#unit()})
 * @param signalSilverOddsRatio interview odds ratio of a (silver or single-tier) program signal
 * @param signalGoldOddsRatio interview odds ratio of a gold signal
 * @param matchGivenInterview P(match | interview) by specialty family
 * @param familyByCode specialty family of an ACGME code; codes not listed use {@code defaultFamily}
 * @param cells per-specialty baselines (intercepts) by applicant type, fitted by calibration
 * @param defaults the baseline per applicant type for specialties without a cell
 * @param pipeline what the end-to-end calibration fits and holds the model to (see {@link Pipeline})
 */
public record ModelParameters(
        String version,
        double rho,
        Map<ApplicantType, Double> rhoByType,
        double intervalZ,
        Map<Factor, Double> coefficients,
        double signalSilverOddsRatio,
        double signalGoldOddsRatio,
        References references,
        Map<String, Double> matchGivenInterview,
        Map<String, String> familyByCode,
        String defaultFamily,
        Uncertainty uncertainty,
        Map<ApplicantType, TypicalApplicant> typical,
        List<Cell> cells,
        Map<ApplicantType, Baseline> defaults,
        CalibrationSettings calibration,
        Pipeline pipeline,
        String text) {

    /** Stated parameter uncertainty: log-odds sd of a baseline, relative sd of each coefficient and of P(match | interview). */
    public record Uncertainty(double interceptSd, double coefficientRelativeSd, double matchGivenInterviewRelativeSd) {}

    /** The documented "typical applicant" of one type that calibration uses, and how many programs they apply to. */
    public record TypicalApplicant(
            int step2,
            int yearsSinceGraduation,
            int handsOnMonths,
            int observershipMonths,
            int usLetters,
            int research,
            int researchInSpecialty,
            int specialtyMonths,
            int lettersFromSpecialty,
            int applications) {}

    /** A baseline log-odds of interview and the observation it was fitted to. */
    public record Baseline(double intercept, String basis) {}

    /**
     * One calibration cell: an NRMP specialty row (or a stated prior) mapped to an ACGME code and track, the number of
     * programs an applicant can apply to there (when known), the fitted baselines and the prior rates it is fitted to
     * when no NRMP row exists.
     */
    public record Cell(
            String id,
            String name,
            String code,
            Track track,
            OptionalInt programs,
            Map<ApplicantType, Baseline> baselines,
            Map<ApplicantType, Double> priorRates,
            String priorBasis) {
        public Cell {
            baselines = Map.copyOf(baselines);
            priorRates = Map.copyOf(priorRates);
        }

        public Optional<Baseline> findBaseline(ApplicantType type) {
            return Optional.ofNullable(baselines.get(type));
        }
    }

    public ModelParameters {
        coefficients = Map.copyOf(coefficients);
        matchGivenInterview = Map.copyOf(matchGivenInterview);
        familyByCode = Map.copyOf(familyByCode);
        typical = Map.copyOf(typical);
        cells = List.copyOf(cells);
        defaults = Map.copyOf(defaults);
        rhoByType = Map.copyOf(rhoByType);
    }

    /** The correlation of one applicant's outcomes for this applicant type. */
    public double rho(ApplicantType type) {
        return rhoByType.getOrDefault(type, rho);
    }

    public double coefficient(Factor factor) {
        return coefficients.get(factor);
    }

    /** P(match | interview) for a specialty code. */
    public double matchGivenInterview(String code) {
        return matchGivenInterview.get(familyByCode.getOrDefault(code, defaultFamily));
    }

    /** A copy of this file with some values replaced (comments and order kept), parsed again. */
    public Parsed<ModelParameters> withValues(Map<String, String> updates) {
        return from(KeyValues.parse(text).withValues(updates));
    }

    /** The parameters of a parsed file; every missing or malformed value is reported with its key or line. */
    public static Parsed<ModelParameters> from(KeyValues kv) {
        Map<Factor, Double> coefficients = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            coefficients.put(f, kv.number("coef." + f.key()));
        }
        Map<String, Double> q = new TreeMap<>();
        for (String key : kv.keysStartingWith("match-given-interview.")) {
            q.put(key.substring("match-given-interview.".length()), kv.number(key));
        }
        Map<String, String> families = new TreeMap<>();
        for (String key : kv.keysStartingWith("family.code.")) {
            families.put(key.substring("family.code.".length()), kv.text(key));
        }
        String defaultFamily = kv.text("family.default");
        List<Problem> extra = new ArrayList<>();
        families.forEach((code, family) -> {
            if (!q.containsKey(family)) {
                extra.add(new Problem(
                        "family.code." + code, "family " + family + " has no match-given-interview." + family));
            }
        });
        if (!q.containsKey(defaultFamily)) {
            extra.add(new Problem(
                    "family.default", "family " + defaultFamily + " has no match-given-interview." + defaultFamily));
        }
        Map<ApplicantType, TypicalApplicant> typical = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Baseline> defaults = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            typical.put(type, typical(kv, "typical." + type + "."));
            defaults.put(
                    type,
                    new Baseline(
                            kv.number("baseline.default." + type + ".intercept"),
                            kv.text("baseline.default." + type + ".basis")));
        }
        double rho = kv.number("portfolio.rho");
        if (!(rho >= 0 && rho < 1)) {
            extra.add(new Problem("portfolio.rho", "rho must be in [0, 1), was " + rho));
        }
        ModelParameters parameters = new ModelParameters(
                kv.text("model.version"),
                rho,
                byType(kv, "portfolio.rho."),
                kv.number("interval.z"),
                coefficients,
                kv.number("signal.silver.interview-odds-ratio"),
                kv.number("signal.gold.interview-odds-ratio"),
                references(kv),
                q,
                families,
                defaultFamily,
                new Uncertainty(
                        kv.number("uncertainty.intercept-sd"),
                        kv.number("uncertainty.coefficient-relative-sd"),
                        kv.number("uncertainty.match-given-interview-relative-sd")),
                typical,
                cells(kv, extra),
                defaults,
                calibration(kv),
                pipeline(kv),
                kv.textWithValues(Map.of()));
        List<Problem> problems = new ArrayList<>(kv.problems());
        problems.addAll(extra);
        return problems.isEmpty() ? Parsed.of(parameters) : Parsed.failed(problems);
    }

    private static Map<String, Double> opennessReferences(KeyValues kv) {
        Map<String, Double> refs = new TreeMap<>();
        for (String key : kv.keysStartingWith("openness.ref.")) {
            refs.put(key.substring("openness.ref.".length()), kv.number(key));
        }
        return refs;
    }

    /** The values of keys "prefix" + applicant type that the file has. */
    private static Map<ApplicantType, Double> byType(KeyValues kv, String prefix) {
        Map<ApplicantType, Double> values = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            kv.find(prefix + type).ifPresent(v -> values.put(type, kv.number(prefix + type)));
        }
        return values;
    }

    private static Pipeline pipeline(KeyValues kv) {
        Map<String, Double> shifts = new TreeMap<>();
        for (String key : kv.keysStartingWith("pipeline-shift.")) {
            shifts.put(key.substring("pipeline-shift.".length()), kv.number(key));
        }
        Map<String, Double> targets = new TreeMap<>();
        Map<String, String> basis = new TreeMap<>();
        for (String key : kv.keysStartingWith("pipeline-target.")) {
            if (key.endsWith(".basis")) {
                continue;
            }
            String id = key.substring("pipeline-target.".length());
            targets.put(id, kv.number(key));
            basis.put(id, kv.find(key + ".basis").orElse(""));
        }
        java.util.Set<String> pgy2 = new java.util.TreeSet<>();
        kv.find("pgy2-start.codes")
                .ifPresent(codes -> java.util.Arrays.stream(codes.split(","))
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .forEach(pgy2::add));
        return new Pipeline(shifts, pgy2, targets, basis);
    }

    private static CalibrationSettings calibration(KeyValues kv) {
        Map<ApplicantType, Double> headline = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> holdout = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            headline.put(type, kv.number("headline.2025." + type));
            kv.find("holdout.2024." + type).ifPresent(v -> holdout.put(type, kv.number("holdout.2024." + type)));
        }
        return new CalibrationSettings(
                (int) kv.number("calibration.min-applicants"),
                kv.number("calibration.tolerance"),
                headline,
                holdout,
                kv.number("calibration.max-typical-interview"),
                kv.number("calibration.rho-grid-step"),
                byType(kv, "calibration.rho-max."));
    }

    private static References references(KeyValues kv) {
        Map<String, Double> step2ByCode = new TreeMap<>();
        for (String key : kv.keysStartingWith("ref.step2.code.")) {
            step2ByCode.put(key.substring("ref.step2.code.".length()), kv.number(key));
        }
        return new References(
                kv.number("ref.step2.default"),
                step2ByCode,
                kv.number("ref.step1"),
                kv.number("ref.step3"),
                (int) kv.number("ref.free-years"),
                (int) kv.number("cap.years-since-graduation"),
                kv.number("ref.img-share-pct"),
                kv.number("ref.interviews-per-position"),
                kv.number("ref.step2-missing-points"),
                (int) kv.number("cap.usce-months"),
                (int) kv.number("cap.letters"),
                (int) kv.number("cap.research"),
                (int) kv.number("cap.research-in-specialty"),
                (int) kv.number("cap.specialty-months"),
                opennessReferences(kv),
                kv.number("openness.pseudo-count"),
                kv.number("openness.rate-count"));
    }

    private static TypicalApplicant typical(KeyValues kv, String prefix) {
        return new TypicalApplicant(
                (int) kv.number(prefix + "step2"),
                (int) kv.number(prefix + "years-since-graduation"),
                (int) kv.number(prefix + "usce-hands-on"),
                (int) kv.number(prefix + "usce-observership"),
                (int) kv.number(prefix + "us-letters"),
                (int) kv.number(prefix + "research"),
                (int) kv.number(prefix + "research-in-specialty"),
                (int) kv.number(prefix + "specialty-months"),
                (int) kv.number(prefix + "letters-from-specialty"),
                (int) kv.number(prefix + "applications"));
    }

    private static List<Cell> cells(KeyValues kv, List<Problem> problems) {
        List<Cell> cells = new ArrayList<>();
        for (String key : kv.keysStartingWith("cell.")) {
            if (!key.endsWith(".name")) {
                continue;
            }
            String id = key.substring("cell.".length(), key.length() - ".name".length());
            String prefix = "cell." + id + ".";
            Track track = parseTrack(kv.find(prefix + "track").orElse("CATEGORICAL"), prefix + "track", problems);
            OptionalInt programs = kv.find(prefix + "programs").isPresent()
                    ? OptionalInt.of((int) kv.number(prefix + "programs"))
                    : OptionalInt.empty();
            Map<ApplicantType, Baseline> baselines = new EnumMap<>(ApplicantType.class);
            Map<ApplicantType, Double> priors = new EnumMap<>(ApplicantType.class);
            for (ApplicantType type : ApplicantType.values()) {
                if (kv.find(prefix + type + ".intercept").isPresent()) {
                    baselines.put(
                            type,
                            new Baseline(
                                    kv.number(prefix + type + ".intercept"),
                                    kv.find(prefix + type + ".basis").orElse("")));
                }
                if (kv.find(prefix + type + ".prior-rate").isPresent()) {
                    priors.put(type, kv.number(prefix + type + ".prior-rate"));
                }
            }
            cells.add(new Cell(
                    id,
                    kv.text(key),
                    kv.find(prefix + "code").orElse(""),
                    track,
                    programs,
                    baselines,
                    priors,
                    kv.find(prefix + "prior-basis").orElse("")));
        }
        return cells;
    }

    private static Track parseTrack(String text, String key, List<Problem> problems) {
        try {
            return Track.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(key, "unknown track " + text));
            return Track.CATEGORICAL;
        }
    }
}
