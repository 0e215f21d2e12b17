package org.smartpick.core.fit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.chance.Factor;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

/**
 * The model's factor values x for an outcome row, computed by the chance model itself (with every coefficient set
 * to 1, each contribution is its x), so fitting and predicting can never disagree on what a factor means.
 */
final class Features {
    static final int SEASON = 2025;
    private static final String PREFERRED = "AA";
    private static final String OTHER = "BB";
    private final ChanceModel unit;

    Features(ModelParameters parameters) {
        Map<String, String> ones = new java.util.TreeMap<>();
        for (Factor f : Factor.values()) {
            ones.put("coef." + f.key(), "1");
        }
        this.unit = ChanceModel.of(parameters.withValues(ones).value().orElseThrow());
    }

    /** x for every factor, indexed by {@link Factor#ordinal()}. */
    double[] of(OutcomeRow row) {
        ChanceEstimate e = unit.estimate(profile(row), program(row), SEASON);
        double[] x = new double[Factor.values().length];
        List<Contribution> contributions = e.contributions();
        for (int i = 1; i < contributions.size(); i++) {
            Contribution c = contributions.get(i);
            Factor.findByKey(c.factor()).ifPresent(f -> x[f.ordinal()] += c.logOdds());
        }
        return x;
    }

    static Profile profile(OutcomeRow r) {
        Usmle usmle = new Usmle(
                new Step1(ExamResult.PASS, r.step1(), 1 + r.failedAttempts()),
                new Step2ck(r.step2ck(), 1),
                r.step3Passed() ? new Step3(true, true, OptionalInt.empty(), 1) : Step3.notTaken());
        return new Profile(
                "row " + r.line(),
                r.applicantType(),
                "",
                r.visaNeeded() ? new Visa(true, List.of(VisaType.J1)) : Visa.none(),
                SEASON - r.yearsSinceGraduation(),
                true,
                usmle,
                new ClinicalExperience(r.handsOnMonths(), r.observershipMonths()),
                new SpecialtyExperience("", r.specialtyMonths(), List.of()),
                new Research(r.researchItems(), 0, 0, r.researchInSpecialty()),
                new Letters(Math.max(r.usLetters(), r.lettersFromSpecialty()), r.usLetters(), r.lettersFromSpecialty()),
                List.of(),
                0,
                r.goalProgram() ? List.of(new Target(r.specialtyCode(), TargetRole.GOAL, null)) : List.of(),
                new Preferences(List.of(PREFERRED), List.of()),
                null);
    }

    static Program program(OutcomeRow r) {
        return new Program(
                "0000000000",
                "row " + r.line(),
                "",
                "",
                r.preferredState() ? PREFERRED : OTHER,
                r.specialtyCode(),
                "",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                fact(r.positions()),
                Fact.unknown(),
                Fact.of(r.programSponsors(), "outcomes", ""),
                Fact.of(YesNoUnknown.NO, "outcomes", ""),
                Fact.unknown(),
                r.imgSharePct().isPresent()
                        ? Fact.of((double) r.imgSharePct().getAsInt(), "outcomes", "")
                        : Fact.unknown(),
                fact(r.interviews()),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                "",
                List.of());
    }

    private static Fact<Integer> fact(OptionalInt value) {
        return value.isPresent() ? Fact.of(value.getAsInt(), "outcomes", "") : Fact.unknown();
    }

    static Map<Factor, Double> named(double[] coefficients) {
        Map<Factor, Double> out = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            out.put(f, coefficients[f.ordinal()]);
        }
        return out;
    }
}
