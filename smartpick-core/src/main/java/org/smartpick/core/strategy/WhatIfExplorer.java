package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartpick.core.applicant.Profile;

/** Re-runs the recommendation once per applicable {@link ProfileChange} and compares each with the baseline. */
public final class WhatIfExplorer {
    private WhatIfExplorer() {
    }

    /** One evaluator call per applicable change, in the changes' declaration order. */
    public static List<WhatIf> explore(Profile profile, ListOutcome baseline, ListEvaluator evaluator) {
        List<WhatIf> whatIfs = new ArrayList<>();
        for (ProfileChange change : ProfileChange.applicableTo(profile)) {
            whatIfs.add(compare(change, baseline, evaluator.evaluate(change.apply(profile))));
        }
        return whatIfs;
    }

    static WhatIf compare(ProfileChange change, ListOutcome before, ListOutcome after) {
        Set<String> beforeIds = new HashSet<>(before.selectedProgramIds());
        Set<String> afterIds = new HashSet<>(after.selectedProgramIds());
        List<String> added = after.selectedProgramIds().stream().filter(id -> !beforeIds.contains(id)).sorted().toList();
        List<String> removed = before.selectedProgramIds().stream().filter(id -> !afterIds.contains(id)).sorted().toList();
        return new WhatIf(change.id(), change.label(), before.pAtLeastOneMatch(), after.pAtLeastOneMatch(), added, removed);
    }
}
