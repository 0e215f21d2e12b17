package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plan: every plan rule ({@link ExamPlanRules}, {@link RoutePlanRules}, {@link ExperiencePlanRules}) returns a
 * draft when it applies; {@link #plan} orders drafts by urgency (0 = an action with a date this season that programs
 * on the list wait for, 1 = before anything else, 4 = polish) and then by id, and numbers them as priorities.
 */
final class PlanRules {
    /** The source of the rules of thumb the seed article gives. */
    static final String ARTICLE = "rule of thumb from the seed article";

    /** A rule's output before priorities are numbered. */
    record PlanDraft(String id, int urgency, String advice, String because, String source) {}

    private PlanRules() {}

    static List<PlanAction> plan(PlanContext c) {
        List<PlanDraft> drafts = Stream.of(
                        ExamPlanRules.step2ckNotTaken(c),
                        ExamPlanRules.step3IsTheGate(c),
                        ExamPlanRules.ecfmgCertification(c),
                        ExamPlanRules.step3BeforeApplying(c),
                        RoutePlanRules.applyNowOrStrengthen(c),
                        RoutePlanRules.twoStepPathway(c),
                        RoutePlanRules.pathwayAlongsideGoal(c),
                        RoutePlanRules.parallelSpecialty(c),
                        RoutePlanRules.reapplicationYear(c),
                        RoutePlanRules.visaFlexibility(c),
                        ExperiencePlanRules.lettersFromSpecialty(c),
                        ExperiencePlanRules.handsOnExperience(c),
                        ExperiencePlanRules.specialtyExposure(c),
                        ExperiencePlanRules.researchInSpecialty(c),
                        ExperiencePlanRules.presentSpecialtyExperience(c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(PlanDraft::urgency).thenComparing(PlanDraft::id))
                .toList();
        List<PlanAction> actions = new ArrayList<>();
        for (PlanDraft d : drafts) {
            actions.add(new PlanAction(d.id(), actions.size() + 1, d.advice(), d.because(), d.source()));
        }
        return actions;
    }
}
