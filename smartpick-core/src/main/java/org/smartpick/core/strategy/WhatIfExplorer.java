package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.List;
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
        List<String> added = after.selectedProgramIds().stream()
                .filter(id -> !before.selectedProgramIds().contains(id)).sorted().toList();
        List<String> removed = before.selectedProgramIds().stream()
                .filter(id -> !after.selectedProgramIds().contains(id)).sorted().toList();
        return new WhatIf(change.id(), change.label(), before.pAtLeastOneMatch(), after.pAtLeastOneMatch(), added, removed);
    }
}
