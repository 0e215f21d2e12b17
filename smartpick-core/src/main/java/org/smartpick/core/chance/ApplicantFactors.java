package org.smartpick.core.chance;

import static org.smartpick.core.chance.ApplicantChances.clamp;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.eligibility.EligibilityRules;

/** The factors that depend only on the applicant and the specialty, one method each. */
final class ApplicantFactors {
    static final int COUNT = 13;

    private ApplicantFactors() {}

    /**
     * The factors in explanation order: Step 2 CK against the specialty's reference first, then {@code shared}
     * (from {@link #sharedBySpecialties}), then {@code goalFactors} (from {@link #goalFactors} for this specialty).
     */
    static void addAll(
            List<Contribution> out,
            ApplicantChances c,
            Profile profile,
            References ref,
            String code,
            List<Contribution> shared,
            List<Contribution> goalFactors) {
        out.add(step2(c, profile, ref, code));
        out.addAll(shared);
        out.addAll(goalFactors);
    }

    /** The factors that are the same in every specialty: exams, attempts, years, US experience, letters, research. */
    static List<Contribution> sharedBySpecialties(ApplicantChances c, Profile profile, References ref, int seasonYear) {
        Usmle u = profile.usmle();
        boolean img = profile.applicantType().isImg();
        List<Contribution> out = new ArrayList<>(10);
        out.add(step1(c, profile, ref));
        out.add(c.contribution(
                Factor.STEP3_PASSED,
                u.step3().passed() ? 1 : 0,
                u.step3().passed() ? "Step 3 passed" : "Step 3 not passed"));
        out.add(step3Score(c, profile, ref));
        int failed = EligibilityRules.failedAttempts(u);
        out.add(c.contribution(Factor.FAILED_ATTEMPTS, failed, failed + " failed USMLE attempts"));
        out.add(yearsSinceGraduation(c, profile, ref, seasonYear));
        int cycles = Math.min(3, Math.max(0, profile.cyclesApplied()));
        out.add(c.contribution(
                Factor.EARLIER_CYCLES,
                cycles,
                cycles == 0
                        ? "first application cycle"
                        : profile.cyclesApplied() + " earlier application cycle"
                                + (profile.cyclesApplied() == 1 ? "" : "s") + " without a match"));
        out.add(imgOnly(
                c,
                Factor.HANDS_ON_USCE,
                img,
                profile.usClinicalExperience().handsOnMonths(),
                ref.usceCapMonths(),
                " months of hands-on US clinical experience"));
        out.add(imgOnly(
                c,
                Factor.OBSERVERSHIP,
                img,
                profile.usClinicalExperience().observershipMonths(),
                ref.usceCapMonths(),
                " months of US observership"));
        out.add(imgOnly(
                c, Factor.US_LETTERS, img, profile.letters().us(), ref.lettersCap(), " letters from US physicians"));
        int items = profile.research().totalItems();
        out.add(c.contribution(
                Factor.RESEARCH,
                Math.min(items, ref.researchCap()),
                items + " research items (capped at " + ref.researchCap() + ")"));
        return List.copyOf(out);
    }

    /** The factors that count only in a goal specialty, for a goal ({@code goal}) or another specialty. */
    static List<Contribution> goalFactors(ApplicantChances c, Profile profile, References ref, boolean goal) {
        return List.of(
                goalOnly(
                        c,
                        Factor.RESEARCH_IN_SPECIALTY,
                        goal,
                        profile.research().inSpecialty(),
                        ref.researchInSpecialtyCap(),
                        " research items in your goal specialty"),
                goalOnly(
                        c,
                        Factor.SPECIALTY_EXPERIENCE,
                        goal,
                        profile.specialtyExperience().months(),
                        ref.specialtyMonthsCap(),
                        " months of experience in your goal specialty"),
                goalOnly(
                        c,
                        Factor.LETTERS_FROM_SPECIALTY,
                        goal,
                        profile.letters().fromSpecialty(),
                        ref.lettersCap(),
                        " letters from your goal specialty"));
    }

    /** Step 2 CK relative to the specialty's reference; a missing score counts as the stated shortfall. */
    private static Contribution step2(ApplicantChances c, Profile profile, References ref, String code) {
        double reference = ref.step2For(code);
        var score = profile.usmle().step2ck().score();
        if (score.isEmpty()) {
            return c.contribution(
                    Factor.STEP2,
                    ref.step2MissingPoints() / 10,
                    "no Step 2 CK score: counted as " + ApplicantChances.round(-ref.step2MissingPoints())
                            + " points below the reference " + ApplicantChances.round(reference));
        }
        double x = clamp((score.getAsInt() - reference) / 10, -8, 5);
        return c.contribution(
                Factor.STEP2,
                x,
                "Step 2 CK " + score.getAsInt() + " against the specialty reference "
                        + ApplicantChances.round(reference));
    }

    /** A numeric Step 1 (older reports) relative to the reference; pass/fail reports carry no score effect. */
    private static Contribution step1(ApplicantChances c, Profile profile, References ref) {
        var score = profile.usmle().step1().score();
        if (score.isEmpty()) {
            return c.contribution(Factor.STEP1, 0, "Step 1 reported pass/fail or not taken: no score effect");
        }
        double x = clamp((score.getAsInt() - ref.step1()) / 10, -6, 4);
        return c.contribution(
                Factor.STEP1,
                x,
                "Step 1 " + score.getAsInt() + " against the reference " + ApplicantChances.round(ref.step1()));
    }

    private static Contribution step3Score(ApplicantChances c, Profile profile, References ref) {
        var score = profile.usmle().step3().score();
        if (score.isEmpty() || !profile.usmle().step3().taken()) {
            return c.contribution(Factor.STEP3_SCORE, 0, "no Step 3 score");
        }
        double x = clamp((score.getAsInt() - ref.step3()) / 10, -6, 4);
        return c.contribution(
                Factor.STEP3_SCORE,
                x,
                "Step 3 " + score.getAsInt() + " against the reference " + ApplicantChances.round(ref.step3()));
    }

    private static Contribution yearsSinceGraduation(
            ApplicantChances c, Profile profile, References ref, int seasonYear) {
        int years = seasonYear - profile.graduationYear();
        int beyond = Math.min(ref.yearsCap(), Math.max(0, years - ref.freeYears()));
        return c.contribution(
                Factor.YEARS_SINCE_GRADUATION,
                beyond,
                years + " years from graduation (" + profile.graduationYear() + ") to " + seasonYear + ", "
                        + ref.freeYears() + " of them free");
    }

    private static Contribution imgOnly(
            ApplicantChances c, Factor factor, boolean img, int count, int cap, String what) {
        if (!img) {
            return c.contribution(factor, 0, "counted for IMGs only");
        }
        return c.contribution(factor, Math.min(count, cap), count + what + " (capped at " + cap + ")");
    }

    private static Contribution goalOnly(
            ApplicantChances c, Factor factor, boolean goal, int count, int cap, String what) {
        if (!goal) {
            return c.contribution(factor, 0, count + what + ", not counted: this specialty is not one of your goals");
        }
        return c.contribution(factor, Math.min(count, cap), count + what + " (capped at " + cap + ")");
    }
}
