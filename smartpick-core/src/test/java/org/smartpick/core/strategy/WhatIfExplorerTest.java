package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfExplorerTest {

    @Test
    void comparesListsBeforeAndAfterAsSortedIdDifferences() {
        ListOutcome before = new ListOutcome(0.30, List.of("3", "1", "2"), 0.1);
        ListOutcome after = new ListOutcome(0.45, List.of("4", "2", "0", "1"), 0.2);
        WhatIf w = WhatIfExplorer.compare(ProfileChange.STEP3_PASSED, before, after);
        assertThat(w).isEqualTo(new WhatIf("step3-passed", "Step 3 passed before applying", 0.30, 0.45, List.of("0", "4"), List.of("3")));
    }

    @Test
    void exploresOnlyTheApplicableChangesOnceEach() {
        FakeWorld.Evaluator evaluator = new FakeWorld.Evaluator();
        ListOutcome baseline = evaluator.evaluate(Personas.usMdInternalMedicine());
        List<WhatIf> whatIfs = WhatIfExplorer.explore(Personas.usMdInternalMedicine(), baseline, evaluator);
        assertThat(whatIfs).extracting(WhatIf::id).containsExactly("publication-plus-1", "specialty-letter-plus-1");
        assertThat(evaluator.calls).isEqualTo(3);
    }
}
