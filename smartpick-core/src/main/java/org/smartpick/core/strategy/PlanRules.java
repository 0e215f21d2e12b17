package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.eligibility.SeasonDeadlines;

/**
 * The plan rules, one method each. A rule returns a draft when it applies; {@link #plan} orders drafts by urgency
 * (0 = an action with a date this season that programs on the list wait for, 1 = before anything else, 4 = polish)
 * and then by id, and numbers them as priorities.
 */
final class PlanRules {
    private static final String ARTICLE = "rule of thumb from the seed article";
    private static final String STEP3_SOURCE =
            "domain brief and seed article (H-1B sponsorship usually needs Step 3 passed before residency)";
    private static final String CALENDAR = "season calendar (data/eras_season_calendar.csv)";
    private static final List<ProfileChange> IMPROVEMENTS = List.of(
            ProfileChange.STEP3_PASSED,
            ProfileChange.HANDS_ON_USCE_3_MONTHS,
            ProfileChange.ONE_MORE_PUBLICATION,
            ProfileChange.ONE_MORE_SPECIALTY_LETTER);

    /** Probabilities come out of floating-point sums: 0.50 - 0.40 must count as the 10 points it reads as. */
    private static final double ROUNDING_TOLERANCE = 1e-9;

    /** A rule's output before priorities are numbered. */
    record PlanDraft(String id, int urgency, String advice, String because, String source) {}

    private PlanRules() {}

    static List<PlanAction> plan(PlanContext c) {
        List<PlanDraft> drafts = Stream.of(
                        step2ckNotTaken(c),
                        step3IsTheGate(c),
                        ecfmgCertification(c),
                        step3BeforeApplying(c),
                        applyNowOrStrengthen(c),
                        twoStepPathway(c),
                        pathwayAlongsideGoal(c),
                        parallelSpecialty(c),
                        reapplicationYear(c),
                        visaFlexibility(c),
                        lettersFromSpecialty(c),
                        handsOnExperience(c),
                        specialtyExposure(c),
                        researchInSpecialty(c),
                        presentSpecialtyExperience(c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(PlanDraft::urgency).thenComparing(PlanDraft::id))
                .toList();
        List<PlanAction> actions = new ArrayList<>();
        for (PlanDraft d : drafts) {
            actions.add(new PlanAction(d.id(), actions.size() + 1, d.advice(), d.because(), d.source()));
        }
        return actions;
    }

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
                ARTICLE + " (an untaken Step 2 CK is a second chance)" + (dated.isPresent() ? "; " + CALENDAR : "")));
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
                acceptsH1b(p.visa()) ? STEP3_SOURCE : ARTICLE + " (a recent exam result for an older graduate)"));
    }

    /** Apply now or strengthen for a cycle, decided by the model's what-ifs against the policy's thresholds. */
    static Optional<PlanDraft> applyNowOrStrengthen(PlanContext c) {
        double now = c.now().pAtLeastOneMatch();
        Optional<WhatIf> best = IMPROVEMENTS.stream()
                .map(c::whatIf)
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(WhatIf::gain).thenComparing(WhatIf::id, Comparator.reverseOrder()));
        String nowText =
                "The model puts P(at least one match) for your recommended list at " + Phrases.percent(now) + ".";
        String source = "SmartPick model (what-if runs of the full recommendation); "
                + c.policy().source(PLAN_STRENGTHEN_MIN_GAIN);
        if (best.isEmpty()) {
            return Optional.of(new PlanDraft(
                    "apply-now",
                    2,
                    "Apply this season.",
                    nowText + " None of the standard improvements applies to your profile.",
                    source));
        }
        WhatIf w = best.get();
        Phrases.Change shown = Phrases.change(now, w.pAfter());
        nowText = "The model puts P(at least one match) for your recommended list at " + shown.before() + ".";
        String bestText = " The largest single improvement tried, " + w.change() + ", would bring it to "
                + shown.after() + " (" + shown.points() + ").";
        if (now >= c.policy().value(PLAN_APPLY_NOW_FROM_P)) {
            return Optional.of(new PlanDraft(
                    "apply-now",
                    2,
                    "Apply this season; your chances are good enough that waiting a cycle would cost more than it gains.",
                    nowText + bestText,
                    c.policy().source(PLAN_APPLY_NOW_FROM_P)));
        }
        if (w.gain() >= c.policy().value(PLAN_STRENGTHEN_MIN_GAIN) - ROUNDING_TOLERANCE) {
            return Optional.of(new PlanDraft(
                    "strengthen-one-cycle",
                    2,
                    "Think seriously about spending one cycle strengthening your application before you apply, starting with "
                            + "what moves your chances most (" + w.change()
                            + "); if you apply now anyway, treat this season as a first attempt and budget for a second.",
                    nowText + bestText + " " + improvementsList(c),
                    source));
        }
        return Optional.of(new PlanDraft(
                "apply-now",
                2,
                "Apply this season with a broad list: no single improvement tried moves your chances much, so waiting buys little.",
                nowText + bestText + " That is under the "
                        + Phrases.points(c.policy().value(PLAN_STRENGTHEN_MIN_GAIN))
                        + " that would justify waiting a cycle.",
                source));
    }

    private static String improvementsList(PlanContext c) {
        List<String> parts = IMPROVEMENTS.stream()
                .map(c::whatIf)
                .flatMap(Optional::stream)
                .map(w -> w.change() + " " + Phrases.percent(w.pAfter()))
                .toList();
        return "All single improvements tried: " + String.join("; ", parts) + ".";
    }

    /** The two-step pathway when the goal track is out of reach: a core residency first, the goal training after. */
    static Optional<PlanDraft> twoStepPathway(PlanContext c) {
        if (!goalOutOfReach(c) || !c.goalFollowsCoreResidency()) {
            return Optional.empty();
        }
        List<String> pathways = c.namesOf(TargetRole.PATHWAY);
        String route = pathways.isEmpty()
                ? "a core residency that leads there (add one to your targets)"
                : String.join(" or ", pathways);
        String because = "The model gives " + Phrases.percent(c.now().pGoalTrack())
                + " for at least one match in your goal track ("
                + String.join(", ", c.namesOf(TargetRole.GOAL)) + "), under the "
                + Phrases.percent(c.policy().value(PLAN_GOAL_OUT_OF_REACH_BELOW))
                + " line, against " + Phrases.percent(c.now().pAtLeastOneMatch()) + " for the whole list"
                + (pathways.isEmpty() ? "." : ", so most of your chance comes from the pathway programs.");
        return Optional.of(new PlanDraft(
                "two-step-pathway",
                2,
                "Make the two-step route your main plan: match into " + route
                        + " first, ideally at an institution that trains in " + c.goalName() + ", then enter "
                        + c.goalName() + " training afterwards; keep applying to the goal programs that fit you best.",
                because,
                "seed article and domain brief (two-step route through a core residency)"));
    }

    /**
     * Goal tracks within reach and pathway specialties among the targets: keep the two-step route in the list as the
     * safety net, and say how much of the chance it carries.
     */
    static Optional<PlanDraft> pathwayAlongsideGoal(PlanContext c) {
        List<String> pathways = c.namesOf(TargetRole.PATHWAY);
        if (!c.hasGoals()
                || pathways.isEmpty()
                || c.now().selectedProgramIds().isEmpty()
                || goalOutOfReach(c)
                || !c.goalFollowsCoreResidency()) {
            return Optional.empty();
        }
        String because =
                "Your goal-track programs alone give " + Phrases.percent(c.now().pGoalTrack())
                        + " for at least one match; with the " + String.join(" and ", pathways)
                        + " programs on the list the chance is "
                        + Phrases.percent(c.now().pAtLeastOneMatch())
                        + ". The pathway programs at institutions that also train in "
                        + c.goalName() + " are marked as preferred in the list.";
        return Optional.of(new PlanDraft(
                "pathway-alongside-goal",
                3,
                "Apply to the goal programs and to the two-step route together: a match in "
                        + String.join(" or ", pathways)
                        + ", ideally where " + c.goalName() + " is also taught, keeps " + c.goalName()
                        + " open as your next step, so rank those programs as real options rather than backups.",
                because,
                "seed article and domain brief (two-step route through a core residency)"));
    }

    /** A goal that is itself a core residency and out of reach: apply to a parallel specialty as well. */
    static Optional<PlanDraft> parallelSpecialty(PlanContext c) {
        if (!goalOutOfReach(c) || c.goalFollowsCoreResidency()) {
            return Optional.empty();
        }
        List<String> pathways = c.namesOf(TargetRole.PATHWAY);
        String advice = pathways.isEmpty()
                ? "Add a second specialty with more positions open to applicants like you, and apply to it in parallel with "
                        + c.goalName() + "."
                : "Give your parallel applications in " + String.join(" and ", pathways)
                        + " real weight, not just a few backups.";
        return Optional.of(new PlanDraft(
                "parallel-specialty",
                2,
                advice,
                "The model gives " + Phrases.percent(c.now().pGoalTrack()) + " for at least one match in "
                        + String.join(", ", c.namesOf(TargetRole.GOAL))
                        + ", under the " + Phrases.percent(c.policy().value(PLAN_GOAL_OUT_OF_REACH_BELOW))
                        + " line, against "
                        + Phrases.percent(c.now().pAtLeastOneMatch()) + " for the whole list.",
                c.policy().source(PLAN_GOAL_OUT_OF_REACH_BELOW)));
    }

    /**
     * The goal track is out of reach by the model's numbers. An empty list means hard eligibility closed every
     * program (e.g. H-1B only without Step 3): that is not a chance to weigh, and the eligibility advice covers it.
     */
    private static boolean goalOutOfReach(PlanContext c) {
        return c.hasGoals()
                && !c.now().selectedProgramIds().isEmpty()
                && c.now().pGoalTrack() < c.policy().value(PLAN_GOAL_OUT_OF_REACH_BELOW);
    }

    /** A reapplication year: show clear change since the last application. */
    static Optional<PlanDraft> reapplicationYear(PlanContext c) {
        int cycles = c.profile().cyclesApplied();
        if (cycles <= 0) {
            return Optional.empty();
        }
        String times = cycles == 1 ? "once" : cycles + " times";
        Optional<WhatIf> best = IMPROVEMENTS.stream()
                .map(c::whatIf)
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(WhatIf::gain).thenComparing(WhatIf::id, Comparator.reverseOrder()));
        String helps = best.map(w -> " Of the changes tried, " + w.change() + " helps most: "
                        + Phrases.percent(w.pBefore()) + " to " + Phrases.percent(w.pAfter()) + ".")
                .orElse("");
        return Optional.of(new PlanDraft(
                "reapplication-year",
                2,
                "Use the coming months so your file shows clear change since your last application: new letters from US faculty, "
                        + "a finished piece of research (a submitted manuscript or a poster), more US clinical work, and a personal "
                        + "statement that says what you did with the year.",
                "You have applied " + times + " before without matching, and programs will look for what changed."
                        + helps,
                ARTICLE + " (a structured reapplication year)"));
    }

    /** Visa flexibility: J-1 versus H-1B only; nothing for applicants who need no sponsorship. */
    static Optional<PlanDraft> visaFlexibility(PlanContext c) {
        Visa visa = c.profile().visa();
        if (!visa.needsSponsorship()) {
            return Optional.empty();
        }
        if (!visa.accepts().contains(VisaType.J1)) {
            return Optional.of(new PlanDraft(
                    "visa-flexibility",
                    2,
                    "Weigh accepting J-1 sponsorship: it is the route most programs use, and holding out for H-1B alone shuts many of them.",
                    "You accept " + (visa.accepts().isEmpty() ? "no visa type yet" : "only H-1B") + "."
                            + c.whatIfSentence(ProfileChange.ACCEPT_J1),
                    "domain brief (J-1 through ECFMG is the common route; fewer programs sponsor H-1B)"));
        }
        String h1b = visa.accepts().contains(VisaType.H1B)
                        && !c.profile().usmle().step3().passed()
                ? " You also accept H-1B but have not passed Step 3, and most programs that sponsor H-1B want it passed first, so J-1 carries most of your list."
                : "";
        return Optional.of(new PlanDraft(
                "visa-flexibility",
                3,
                "Say plainly in your application that you are eligible for J-1 sponsorship, and state where your Step 3 plans stand, "
                        + "so programs can see the visa side will be simple.",
                "You need sponsorship and accept J-1." + h1b,
                ARTICLE + " (state visa eligibility clearly)"));
    }

    /** Letters: enough in total and at least the target number from the goal specialty. */
    static Optional<PlanDraft> lettersFromSpecialty(PlanContext c) {
        var letters = c.profile().letters();
        int target = c.policy().intValue(LETTERS_FROM_SPECIALTY_TARGET);
        int totalTarget = c.policy().intValue(LETTERS_TOTAL_TARGET);
        if (letters.fromSpecialty() >= target && letters.total() >= totalTarget) {
            return Optional.empty();
        }
        int more = Math.max(target - letters.fromSpecialty(), totalTarget - letters.total());
        return Optional.of(new PlanDraft(
                "letters",
                3,
                "Ask for " + more + " more " + (more == 1 ? "letter" : "letters") + ", from physicians in "
                        + c.goalName()
                        + " where you can, ideally US faculty who have watched you work and can speak to your curiosity, reliability and commitment.",
                "You have " + Phrases.count(letters.total(), "letter") + ", " + letters.fromSpecialty()
                        + " from the specialty; the aim is at least " + totalTarget + " in all and " + target
                        + " from the specialty." + c.whatIfSentence(ProfileChange.ONE_MORE_SPECIALTY_LETTER),
                c.policy().source(LETTERS_FROM_SPECIALTY_TARGET)));
    }

    /** Hands-on US clinical experience for IMGs below the target months. */
    static Optional<PlanDraft> handsOnExperience(PlanContext c) {
        var usce = c.profile().usClinicalExperience();
        int target = c.policy().intValue(USCE_HANDS_ON_TARGET_MONTHS);
        if (!c.profile().applicantType().isImg() || usce.handsOnMonths() >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "us-clinical-experience",
                3,
                "Arrange hands-on US clinical work, such as an externship or sub-internship where you see patients and write notes; "
                        + "observerships help with letters and contacts, but programs weigh them less.",
                "You have " + usce.handsOnMonths() + " months of hands-on US experience and "
                        + usce.observershipMonths() + " months of observerships, under the " + target
                        + " hands-on months used here." + c.whatIfSentence(ProfileChange.HANDS_ON_USCE_3_MONTHS),
                c.policy().source(USCE_HANDS_ON_TARGET_MONTHS)));
    }

    /** Direct exposure to the goal specialty for IMGs with little of it. */
    static Optional<PlanDraft> specialtyExposure(PlanContext c) {
        int months = c.profile().specialtyExperience().months();
        int target = c.policy().intValue(SPECIALTY_EXPERIENCE_TARGET_MONTHS);
        if (!c.profile().applicantType().isImg() || !c.hasGoals() || months >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "specialty-exposure",
                3,
                "Get direct exposure to " + c.goalName()
                        + ": clinics, observerships or a research role in a division of the specialty, "
                        + "or remote work such as case review when you cannot be in the US.",
                "Your profile lists " + months + " months of experience in the specialty, under the " + target
                        + " months used here.",
                c.policy().source(SPECIALTY_EXPERIENCE_TARGET_MONTHS)));
    }

    /** Research in the goal specialty below the target number of items. */
    static Optional<PlanDraft> researchInSpecialty(PlanContext c) {
        var research = c.profile().research();
        int target = c.policy().intValue(RESEARCH_IN_SPECIALTY_TARGET);
        if (!c.hasGoals() || research.inSpecialty() >= target) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "research",
                4,
                "Aim for one piece of scholarly work in " + c.goalName()
                        + ": a case report, a poster at a specialty meeting, "
                        + "or a share in a small retrospective study; modest output still shows commitment.",
                "You have " + Phrases.count(research.totalItems(), "research item") + ", " + research.inSpecialty()
                        + " in the specialty." + c.whatIfSentence(ProfileChange.ONE_MORE_PUBLICATION),
                c.policy().source(RESEARCH_IN_SPECIALTY_TARGET)));
    }

    /** CV and ERAS presentation: group and label the specialty experience so committees see it at once. */
    static Optional<PlanDraft> presentSpecialtyExperience(PlanContext c) {
        var experience = c.profile().specialtyExperience();
        if (experience.months() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PlanDraft(
                "present-specialty-experience",
                4,
                "In your CV and ERAS entries, give this work its own heading for the specialty, name each clinic or project plainly, "
                        + "and add numbers where you can (patients seen, cases reviewed, reports contributed to).",
                "You have " + experience.months() + " months of experience in "
                        + (experience.specialty().isBlank() ? c.goalName() : experience.specialty())
                        + ProfileAssessor.kinds(experience) + " and "
                        + c.profile().research().inSpecialty()
                        + " research items in the specialty; grouped and labelled, they show at a glance that your interest is long-standing.",
                ARTICLE + " (a separate, clearly labelled section for specialty experience)"));
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
