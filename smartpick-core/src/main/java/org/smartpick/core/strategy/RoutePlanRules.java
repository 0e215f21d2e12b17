package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.strategy.PlanRules.PlanDraft;

/**
 * The plan rules about the route: apply now or strengthen first, the two-step pathway or a parallel specialty when
 * the goal is out of reach, a reapplication year, and visa flexibility; one method each, decided by the model's
 * what-ifs and the policy's thresholds.
 */
final class RoutePlanRules {
    private static final List<ProfileChange> IMPROVEMENTS = List.of(
            ProfileChange.STEP3_PASSED,
            ProfileChange.HANDS_ON_USCE_3_MONTHS,
            ProfileChange.ONE_MORE_PUBLICATION,
            ProfileChange.ONE_MORE_SPECIALTY_LETTER);

    /** Probabilities come out of floating-point sums: 0.50 - 0.40 must count as the 10 points it reads as. */
    private static final double ROUNDING_TOLERANCE = 1e-9;

    private RoutePlanRules() {}

    /** Apply now or strengthen for a cycle, decided by the model's what-ifs against the policy's thresholds. */
    static Optional<PlanDraft> applyNowOrStrengthen(PlanContext c) {
        double now = c.now().pAtLeastOneMatch();
        Optional<WhatIf> best = bestImprovement(c);
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

    /** The standard improvement that raises the list's chance most (ties to the first id), when any applies. */
    private static Optional<WhatIf> bestImprovement(PlanContext c) {
        return IMPROVEMENTS.stream()
                .map(c::whatIf)
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(WhatIf::gain).thenComparing(WhatIf::id, Comparator.reverseOrder()));
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
        Optional<WhatIf> best = bestImprovement(c);
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
                PlanRules.ARTICLE + " (a structured reapplication year)"));
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
                PlanRules.ARTICLE + " (state visa eligibility clearly)"));
    }
}
