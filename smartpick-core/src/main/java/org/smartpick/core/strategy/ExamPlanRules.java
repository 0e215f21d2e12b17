package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.strategy.PlanRules.PlanDraft;

/**
 * The plan rules about exams and certification (Step 2 CK, Step 3, ECFMG), one method each: the steps with dates
 * that programs on the list wait for, so they come first in the plan when the season's dates are known.
 */
final class ExamPlanRules {
    private static final String STEP3_SOURCE =
            "domain brief and seed article (H-1B sponsorship usually needs Step 3 passed before residency)";
    private static final String CALENDAR = "season calendar (data/eras_season_calendar.csv)";

    private ExamPlanRules() {}

    /** Step 2 CK not yet taken: the chance to redefine the profile. */
    static Optional<PlanDraft> step2ckNotTaken(PlanContext c) {
        if (c.profile().usmle().step2ck().taken()) {
            return Optional.empty();
        }
        var step1 = c.profile().usmle().step1();
        String why;
        if (step1.score().isPresent() && step1.score().getAsInt() < c.policy().intValue(STEP1_WEAK_BELOW)) {
            why = "your Step 1 score of " + step1.score().getAsInt() + " is under the rough "
                    + c.policy().intValue(STEP1_WEAK_BELOW)
                    + " mark, so a strong Step 2 CK is how you show an upward trend";
        } else if (step1.result() == ExamResult.PASS && step1.score().isEmpty()) {
            why = "Step 1 is pass/fail, so Step 2 CK will be the one score programs can compare";
        } else {
            why = "Step 2 CK is the score programs now weigh most";
        }
        Optional<SeasonDeadlines> dated = c.deadlines().filter(d -> d.stillAhead(d.step2ScoreBy()));
        String when = dated.map(d -> "early enough that its score is out by " + d.step2ScoreBy()
                        + ", when programs begin reviewing applications,")
                .orElse("before you submit ERAS");
        return Optional.of(new PlanDraft(
                "step2ck-first",
                dated.isPresent() ? 0 : 1,
                "Sit Step 2 CK " + when + " and prepare for it as the score that will define your application: "
                        + "a fixed schedule, a question bank, timed practice exams, and a target clearly above your peers' average.",
                "Step 2 CK is not on your record yet, and " + why + ".",
                PlanRules.ARTICLE + " (an untaken Step 2 CK is a second chance)"
                        + (dated.isPresent() ? "; " + CALENDAR : "")));
    }

    /**
     * H-1B only without Step 3 passed: Step 3 is the gate to every program. While a result can still come by the
     * rank-list deadline, the list's programs are conditional on it and the plan leads with the dated booking;
     * afterwards it is the gate to next season.
     */
    static Optional<PlanDraft> step3IsTheGate(PlanContext c) {
        if (!ProfileAssessor.wantsOnlyH1b(c.profile().visa())
                || c.profile().usmle().step3().passed()) {
            return Optional.empty();
        }
        String j1 = c.whatIf(ProfileChange.ACCEPT_J1)
                .map(w -> " Accepting J-1 as well would instead give " + Phrases.percent(w.pAfter()) + ".")
                .orElse("");
        Optional<SeasonDeadlines> inTime = c.deadlines().filter(SeasonDeadlines::step3StillInTime);
        if (inTime.isPresent()) {
            SeasonDeadlines d = inTime.get();
            int listed = c.now().selectedProgramIds().size();
            String list = listed == 0
                    ? "No program on file is open to you even with it."
                    : "Every program on your list (" + listed
                            + ") takes H-1B residents or does not say (verify those), and is"
                            + " open to you only with that pass, so the list's "
                            + Phrases.percent(c.now().pAtLeastOneMatch()) + " chance of a match counts on it.";
            return Optional.of(new PlanDraft(
                    "step3-gate",
                    0,
                    "Book Step 3 now and sit it by " + d.step3SitBy() + ": results take about " + d.step3ResultDays()
                            + " days, and programs that sponsor the H-1B need a pass by " + d.step3PassBy()
                            + " (the rank-list deadline).",
                    "You accept only H-1B, and an H-1B for residency needs Step 3 passed. " + list + j1,
                    STEP3_SOURCE + "; " + CALENDAR));
        }
        String tooLate = c.deadlines()
                .map(d -> " A result by this season's rank-list deadline (" + d.step3PassBy() + ") needed the exam by "
                        + d.step3SitBy() + ", so it opens next season's programs.")
                .orElse("");
        return Optional.of(new PlanDraft(
                "step3-gate",
                1,
                "Pass Step 3 before the application season: with H-1B as your only visa, it is the gate to almost every program that could take you.",
                "You accept only H-1B and have not passed Step 3." + tooLate
                        + c.whatIfSentence(ProfileChange.STEP3_PASSED) + j1,
                STEP3_SOURCE));
    }

    /**
     * An IMG not yet ECFMG certified: every program waits for it by the residency start (and for the J-1); dated
     * when the plan is for a season whose start is still ahead.
     */
    static Optional<PlanDraft> ecfmgCertification(PlanContext c) {
        Profile p = c.profile();
        if (!p.applicantType().isImg() || p.ecfmgCertified()) {
            return Optional.empty();
        }
        Optional<SeasonDeadlines> dated = c.deadlines().filter(d -> d.stillAhead(d.ecfmgBy()));
        String by = dated.map(d ->
                        " by " + d.ecfmgBy() + ", when residency starts, and if you can by the rank-list deadline, "
                                + d.step3PassBy() + ", when many programs want it")
                .orElse(" before residency starts");
        return Optional.of(new PlanDraft(
                "ecfmg-certification",
                dated.isPresent() ? 0 : 1,
                "Finish ECFMG certification" + by + ".",
                "You are not yet ECFMG certified; every program needs it before an IMG can start (and the J-1 is sponsored through it)"
                        + (dated.isPresent() ? ", so the programs on your list are open to you only with it." : "."),
                "ECFMG certification for residency; " + CALENDAR));
    }

    /** Step 3 before applying when H-1B is among the visas wanted, or many years have passed since graduation. */
    static Optional<PlanDraft> step3BeforeApplying(PlanContext c) {
        Profile p = c.profile();
        if (p.usmle().step3().passed()
                || ProfileAssessor.wantsOnlyH1b(p.visa())
                || !p.applicantType().isImg()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (acceptsH1b(p.visa())) {
            reasons.add("you would accept H-1B, which usually needs Step 3 passed before residency");
        }
        int years = c.yearsSinceGraduation();
        if (p.graduationYear() > 0 && years >= c.policy().intValue(YEARS_SINCE_GRADUATION_HIGH_FROM)) {
            reasons.add("it has been " + years + " years since you graduated in " + p.graduationYear()
                    + ", so a recent exam result helps");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String because =
                capitalize(String.join(", and ", reasons)) + "." + c.whatIfSentence(ProfileChange.STEP3_PASSED);
        String opens = acceptsH1b(p.visa()) ? "opens programs that sponsor H-1B and " : "";
        return Optional.of(new PlanDraft(
                "step3-before-applying",
                2,
                "Consider taking Step 3 before you apply, but only once you can prepare well: a good result " + opens
                        + "shows recent exam performance, while a poor one adds to the doubts.",
                because,
                acceptsH1b(p.visa())
                        ? STEP3_SOURCE
                        : PlanRules.ARTICLE + " (a recent exam result for an older graduate)"));
    }

    /**
     * Whether H-1B is among the visas an applicant who needs sponsorship would train on (naming none counts as
     * both, as in eligibility): only to them is Step 3 a door to H-1B programs.
     */
    static boolean acceptsH1b(Visa visa) {
        return visa.needsSponsorship()
                && (visa.accepts().isEmpty() || visa.accepts().contains(VisaType.H1B));
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
