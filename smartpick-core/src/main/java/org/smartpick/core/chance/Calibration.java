package org.smartpick.core.chance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.chance.ModelParameters.Cell;
import org.smartpick.core.chance.ModelParameters.TypicalApplicant;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.MatchOutcome;

/**
 * Fits each cell's baseline so that the documented typical applicant of a type, applying to the documented number of
 * programs of the specialty, has the observed P(at least one match) under the latent-factor model. The fit is a
 * bisection on the baseline (the prediction rises with it), so it lands on the target whenever the target is
 * reachable at all.
 */
public final class Calibration {
    /** The season the NRMP outcomes describe; typical applicants' graduation years count back from it. */
    public static final int CALIBRATION_SEASON = 2025;

    private static final double LOW = -15;
    private static final double HIGH = 15;

    private Calibration() {}

    /** What the typical applicant's chances look like in one specialty: the non-baseline log-odds, q and the count. */
    record TypicalCase(double logOddsWithoutBaseline, double matchGivenInterview, int applications) {
        /** P(at least one match) with the given baseline. */
        double predicted(LatentFactorModel portfolio, double intercept) {
            double[] p = new double[applications];
            Arrays.fill(p, ApplicantChances.sigmoid(intercept + logOddsWithoutBaseline) * matchGivenInterview);
            return portfolio.atLeastOne(p);
        }

        /** The baseline whose prediction equals the target, clamped to the search range. */
        double fit(LatentFactorModel portfolio, double target) {
            double low = LOW;
            double high = HIGH;
            for (int i = 0; i < 60; i++) {
                double mid = (low + high) / 2;
                if (predicted(portfolio, mid) < target) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return (low + high) / 2;
        }
    }

    /** The typical applicant of a type, in a specialty with a code (empty for "any specialty"). */
    static TypicalCase typicalCase(
            ChanceModel model, ApplicantType type, String code, Track track, OptionalInt programs) {
        ModelParameters p = model.parameters();
        TypicalApplicant t = p.typical().get(type);
        Profile profile = typicalProfile(t, type, code);
        ChanceEstimate e = model.estimate(profile, typicalProgram(code, track), CALIBRATION_SEASON);
        int applications = programs.isPresent() ? Math.min(t.applications(), programs.getAsInt()) : t.applications();
        return new TypicalCase(
                e.logOdds() - e.contributions().get(0).logOdds(),
                p.matchGivenInterview(code),
                Math.max(1, applications));
    }

    /** The documented typical applicant of a type, with one GOAL target: the specialty {@code code}. */
    public static Profile typicalProfile(TypicalApplicant t, ApplicantType type, String code) {
        Visa visa = type == ApplicantType.NON_US_IMG ? new Visa(true, List.of(VisaType.J1)) : Visa.none();
        Usmle usmle = new Usmle(null, new Step2ck(OptionalInt.of(t.step2()), 1), null);
        return new Profile(
                "typical " + type,
                type,
                "",
                visa,
                CALIBRATION_SEASON - t.yearsSinceGraduation(),
                type.isImg(),
                usmle,
                new ClinicalExperience(t.handsOnMonths(), t.observershipMonths()),
                new SpecialtyExperience(code, t.specialtyMonths(), List.of()),
                new Research(t.research(), 0, 0, t.researchInSpecialty()),
                new Letters(
                        Math.max(3, t.lettersFromSpecialty() + t.usLetters()), t.usLetters(), t.lettersFromSpecialty()),
                List.of(),
                0,
                List.of(new Target(code, TargetRole.GOAL, null)),
                null,
                null);
    }

    /** A program the typical applicant applies to: it sponsors the J-1, and nothing else about it is known. */
    static Program typicalProgram(String code, Track track) {
        return new Program(
                "0000000000",
                "typical program",
                "",
                "",
                "",
                code,
                "",
                track,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                Fact.unknown(),
                Fact.unknown(),
                Fact.of(YesNoUnknown.YES, "calibration", ""),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                "",
                List.of());
    }

    /** The track an NRMP specialty row names. */
    static Track trackOf(String nrmpSpecialty) {
        String n = nrmpSpecialty.toLowerCase(Locale.ROOT);
        if (n.contains("transitional")) {
            return Track.TRANSITIONAL;
        }
        return n.contains("prelim") || n.contains("pgy-1 only") ? Track.PRELIMINARY : Track.CATEGORICAL;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static Optional<Cell> findCell(ModelParameters p, String name) {
        return p.cells().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * New parameters whose baselines reproduce the outcomes (cells with enough applicants), the prior cells and the
     * headline rates (default baselines). Cells missing from the file are added with the outcome's code.
     */
    public static Parsed<ModelParameters> fit(ModelParameters original, List<MatchOutcome> outcomes) {
        // One rho for all types, the strongest at which every target is reachable; a type gets less only where the
        // end-to-end calibration caps it (US MD seniors' 97-99% in core specialties need weaker correlation).
        Map<String, String> rhos = new LinkedHashMap<>();
        double common = fitRho(original, outcomes, java.util.EnumSet.allOf(ApplicantType.class), 0.9);
        rhos.put("portfolio.rho", number(common));
        for (ApplicantType type : ApplicantType.values()) {
            double start = Math.min(common, original.calibration().rhoMax(type));
            rhos.put("portfolio.rho." + type, number(fitRho(original, outcomes, java.util.EnumSet.of(type), start)));
        }
        Parsed<ModelParameters> withRho = original.withValues(rhos);
        if (!withRho.problems().isEmpty()) {
            return withRho;
        }
        ModelParameters base = withRho.value().orElseThrow();
        Map<String, String> updates = new LinkedHashMap<>();
        List<Cell> added = new ArrayList<>();
        for (MatchOutcome o : outcomes) {
            if (findCell(base, o.nrmpSpecialty()).isEmpty()
                    && added.stream().noneMatch(c -> c.name().equals(o.nrmpSpecialty()))) {
                Cell cell = new Cell(
                        slug(o.nrmpSpecialty()),
                        o.nrmpSpecialty(),
                        o.specialtyCode().orElse(""),
                        trackOf(o.nrmpSpecialty()),
                        OptionalInt.empty(),
                        Map.of(),
                        Map.of(),
                        "");
                added.add(cell);
                updates.put("cell." + cell.id() + ".name", cell.name());
                updates.put("cell." + cell.id() + ".code", cell.code());
                updates.put("cell." + cell.id() + ".track", cell.track().name());
            }
        }
        ChanceModel model = ChanceModel.of(base);
        for (MatchOutcome o : outcomes) {
            if (o.applicants() < base.calibration().minApplicants()) {
                continue;
            }
            Cell cell = findCell(base, o.nrmpSpecialty())
                    .orElseGet(() -> added.stream()
                            .filter(c -> c.name().equals(o.nrmpSpecialty()))
                            .findFirst()
                            .orElseThrow());
            TypicalCase typical = typicalCase(model, o.applicantType(), cell.code(), cell.track(), cell.programs());
            String prefix = "cell." + cell.id() + "." + o.applicantType();
            updates.put(prefix + ".intercept", number(typical.fit(model.portfolio(o.applicantType()), o.matchRate())));
            updates.put(
                    prefix + ".basis",
                    "NRMP " + o.season() + " " + o.nrmpSpecialty() + ", " + o.matches() + " of " + o.applicants()
                            + " matched; typical applicant applying to " + typical.applications() + " programs");
        }
        for (Cell cell : base.cells()) {
            cell.priorRates().forEach((type, rate) -> {
                TypicalCase typical = typicalCase(model, type, cell.code(), cell.track(), cell.programs());
                String prefix = "cell." + cell.id() + "." + type;
                updates.put(prefix + ".intercept", number(typical.fit(model.portfolio(type), rate)));
                updates.put(
                        prefix + ".basis",
                        cell.priorBasis() + ": " + percent(rate) + "; typical applicant applying to "
                                + typical.applications() + " programs");
            });
        }
        base.calibration().headlineRates().forEach((type, rate) -> {
            TypicalCase typical = typicalCase(model, type, "", Track.CATEGORICAL, OptionalInt.empty());
            updates.put("baseline.default." + type + ".intercept", number(typical.fit(model.portfolio(type), rate)));
            updates.put(
                    "baseline.default." + type + ".basis",
                    "NRMP 2025 headline match rate of " + type + " applicants, " + percent(rate)
                            + "; typical applicant applying to " + typical.applications() + " programs");
        });
        return base.withValues(updates);
    }

    /** Every rate calibration must reproduce, with the typical case and the applicant type it applies to. */
    private record CalibrationTarget(TypicalCase typical, double rate, ApplicantType type) {}

    private static List<CalibrationTarget> targets(ModelParameters p, List<MatchOutcome> outcomes) {
        ChanceModel model = ChanceModel.of(p);
        List<CalibrationTarget> targets = new ArrayList<>();
        for (MatchOutcome o : outcomes) {
            if (o.applicants() >= p.calibration().minApplicants()) {
                Optional<Cell> cell = findCell(p, o.nrmpSpecialty());
                targets.add(new CalibrationTarget(
                        typicalCase(
                                model,
                                o.applicantType(),
                                cell.map(Cell::code).orElse(o.specialtyCode().orElse("")),
                                cell.map(Cell::track).orElse(trackOf(o.nrmpSpecialty())),
                                cell.map(Cell::programs).orElse(OptionalInt.empty())),
                        o.matchRate(),
                        o.applicantType()));
            }
        }
        for (Cell cell : p.cells()) {
            cell.priorRates()
                    .forEach((type, rate) -> targets.add(new CalibrationTarget(
                            typicalCase(model, type, cell.code(), cell.track(), cell.programs()), rate, type)));
        }
        p.calibration()
                .headlineRates()
                .forEach((type, rate) -> targets.add(new CalibrationTarget(
                        typicalCase(model, type, "", Track.CATEGORICAL, OptionalInt.empty()), rate, type)));
        return targets;
    }

    /**
     * The largest rho on the grid, from {@code start} down, at which every target of the types is reachable by a typical applicant whose interview chance
     * stays at or below the stated maximum; correlation is poorly identified by match rates alone, so this takes the
     * strongest correlation the data allow (the cautious choice: it lowers P(at least one match) for long lists).
     */
    static double fitRho(
            ModelParameters p, List<MatchOutcome> outcomes, java.util.Set<ApplicantType> types, double start) {
        List<CalibrationTarget> targets = targets(p, outcomes).stream()
                .filter(t -> types.contains(t.type()))
                .toList();
        double step = p.calibration().rhoGridStep();
        double maxInterview = p.calibration().maxTypicalInterview();
        double logitMax = Math.log(maxInterview / (1 - maxInterview));
        for (double rho = Math.min(0.9, start); rho > 0; rho -= step) {
            LatentFactorModel portfolio = LatentFactorModel.withRho(Math.round(rho * 1e6) / 1e6);
            boolean reachable = targets.stream()
                    .allMatch(t -> t.typical()
                                    .predicted(portfolio, logitMax - t.typical().logOddsWithoutBaseline())
                            >= t.rate());
            if (reachable) {
                return Math.round(rho * 1e6) / 1e6;
            }
        }
        return 0;
    }

    static String number(double x) {
        return Double.toString(Math.round(x * 1e6) / 1e6);
    }

    static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }
}
