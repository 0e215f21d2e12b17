package org.smartpick.core.strategy;

import java.util.List;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;

/**
 * The one entry point for strategy: assessment, prioritised plan, what-ifs and the verify checklist for the
 * recommended list. Calls the evaluator once for the profile as it is and once per applicable {@link ProfileChange}
 * (at most six calls).
 */
public final class StrategyAdvisor {
    private StrategyAdvisor() {}

    public static Strategy advise(Profile profile, StrategyInputs inputs, ListEvaluator evaluator) {
        StrategyPolicy policy = inputs.policy();
        Assessment assessment = new ProfileAssessor(policy, inputs.asOf())
                .assess(profile, inputs.catalog().reference());
        ListOutcome now = evaluator.evaluate(profile);
        List<WhatIf> whatIfs = WhatIfExplorer.explore(profile, now, evaluator);
        PlanContext context = new PlanContext(
                profile, now, whatIfs, policy, inputs.asOf(), inputs.catalog().reference(), inputs.deadlines());
        List<Program> chosen = chosenPrograms(inputs.catalog(), now.selectedProgramIds());
        List<VerifyItem> verify = new VerifyChecklist(
                        profile, inputs.asOf(), policy.intValue(PolicyKey.VERIFY_STALE_AFTER_DAYS))
                .checklist(chosen);
        return new Strategy(assessment, PlanRules.plan(context), whatIfs, verify);
    }

    /**
     * The changed profiles {@link #advise} asks the evaluator about besides the profile itself, in the order it asks:
     * one per applicable {@link ProfileChange}. A caller may evaluate them ahead, all at once.
     */
    public static List<Profile> profilesToEvaluate(Profile profile) {
        return ProfileChange.applicableTo(profile).stream()
                .map(change -> change.apply(profile))
                .toList();
    }

    /** The catalog's programs on the list, in id order, each once. */
    private static List<Program> chosenPrograms(Catalog catalog, List<String> ids) {
        return ids.stream()
                .distinct()
                .sorted()
                .flatMap(id -> catalog.findProgram(id).stream())
                .toList();
    }
}
