package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartpick.core.applicant.Profile;

/**
 * Re-runs the recommendation once per applicable {@link ProfileChange} and compares each with the baseline. Every
 * change can only help, so what a change is reported with never shows a lower chance than now: the better of the
 * list re-optimized for the changed profile and the current list kept ({@link #after}).
 */
public final class WhatIfExplorer {
    private WhatIfExplorer() {}

    /** One re-optimized and one kept list per applicable change, in the changes' declaration order. */
    public static List<WhatIf> explore(Profile profile, ListOutcome baseline, ListEvaluator evaluator) {
        List<WhatIf> whatIfs = new ArrayList<>();
        for (ProfileChange change : ProfileChange.applicableTo(profile)) {
            Profile changed = change.apply(profile);
            ListOutcome reoptimized = evaluator.evaluate(changed);
            whatIfs.add(
                    compare(change, baseline, after(baseline, reoptimized, evaluator.evaluateList(changed, baseline))));
        }
        return whatIfs;
    }

    /**
     * The list a helping change is reported with: the one re-optimized for the changed profile, unless the current
     * list, kept and judged with the changed profile's chances, is worth more on the objective, or the re-optimized
     * one would show a lower chance of at least one match than now (a search may miss the kept list, and a list
     * that maximises expected utility may trade that chance for goal-track matches). The kept list holds the same
     * programs with chances no lower, so it never shows less than now; without it the re-optimized list is taken.
     */
    static ListOutcome after(ListOutcome now, ListOutcome reoptimized, Optional<ListOutcome> kept) {
        if (kept.isEmpty()) {
            return reoptimized;
        }
        boolean reoptimizedHolds = reoptimized.objectiveValue() >= kept.get().objectiveValue()
                && reoptimized.pAtLeastOneMatch() >= now.pAtLeastOneMatch();
        return reoptimizedHolds ? reoptimized : kept.get();
    }

    static WhatIf compare(ProfileChange change, ListOutcome before, ListOutcome after) {
        Set<String> beforeIds = new HashSet<>(before.selectedProgramIds());
        Set<String> afterIds = new HashSet<>(after.selectedProgramIds());
        List<String> added = after.selectedProgramIds().stream()
                .filter(id -> !beforeIds.contains(id))
                .sorted()
                .toList();
        List<String> removed = before.selectedProgramIds().stream()
                .filter(id -> !afterIds.contains(id))
                .sorted()
                .toList();
        return new WhatIf(
                change.id(), change.label(), before.pAtLeastOneMatch(), after.pAtLeastOneMatch(), added, removed);
    }
}
