package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.optimize.SignalKind;

class WhatIfExplorerTest {

    @Test
    void comparesListsBeforeAndAfterAsSortedIdDifferences() {
        ListOutcome before = new ListOutcome(0.30, List.of("3", "1", "2"), 0.1);
        ListOutcome after = new ListOutcome(0.45, List.of("4", "2", "0", "1"), 0.2);
        WhatIf w = WhatIfExplorer.compare(ProfileChange.STEP3_PASSED, before, after);
        assertThat(w)
                .isEqualTo(new WhatIf(
                        "step3-passed", "Step 3 passed before applying", 0.30, 0.45, List.of("0", "4"), List.of("3")));
    }

    @Test
    void keepsTheCurrentListWhenReoptimizingFindsALowerChance() {
        ListOutcome now = new ListOutcome(0.50, List.of("1", "2"), 0.3);
        ListOutcome reoptimized = new ListOutcome(0.48, List.of("1", "3"), 0.3);
        ListOutcome kept = new ListOutcome(0.52, List.of("1", "2"), 0.31);

        assertThat(WhatIfExplorer.after(now, reoptimized, Optional.of(kept))).isEqualTo(kept);
    }

    @Test
    void takesTheReoptimizedListWhenItIsWorthAtLeastTheKeptOneAndKeepsTheChance() {
        ListOutcome now = new ListOutcome(0.50, List.of("1", "2"), 0.3);
        ListOutcome reoptimized = new ListOutcome(0.60, List.of("1", "3"), 0.3);
        ListOutcome kept = new ListOutcome(0.52, List.of("1", "2"), 0.31);

        assertThat(WhatIfExplorer.after(now, reoptimized, Optional.of(kept))).isEqualTo(reoptimized);
        assertThat(WhatIfExplorer.after(now, reoptimized, Optional.empty())).isEqualTo(reoptimized);
    }

    @Test
    void aUtilityListWorthMoreThatWouldShowALowerChanceThanNowIsNotReported() {
        ListOutcome now = new ListOutcome(0.50, List.of("1", "2"), 0.30, 0.40, Map.of());
        ListOutcome reoptimized = new ListOutcome(0.47, List.of("1", "3"), 0.35, 0.45, Map.of());
        ListOutcome kept = new ListOutcome(0.51, List.of("1", "2"), 0.31, 0.41, Map.of());

        assertThat(WhatIfExplorer.after(now, reoptimized, Optional.of(kept))).isEqualTo(kept);
    }

    @Test
    void aListKeepsItsSignalsToBeJudgedAgain() {
        ListOutcome list = new ListOutcome(
                0.5, List.of("2", "1", "3"), 0.5, 0.5, Map.of("1", SignalKind.GOLD, "3", SignalKind.NONE));

        assertThat(list.signals()).containsExactly(Map.entry("1", SignalKind.GOLD));
        assertThat(list.listWithSignals())
                .containsExactly(
                        Map.entry("1", SignalKind.GOLD),
                        Map.entry("2", SignalKind.NONE),
                        Map.entry("3", SignalKind.NONE));
    }

    @Test
    void everyHelpingChangeShowsAtLeastTheChanceOfNow() {
        FakeWorld.Evaluator evaluator = new FakeWorld.Evaluator();
        for (Profile profile : List.of(
                Personas.nonUsImgGenetics(),
                Personas.usMdInternalMedicine(),
                Personas.usImgPediatrics(),
                Personas.nonUsImgH1bReapplicant())) {
            ListOutcome now = evaluator.evaluate(profile);
            for (WhatIf w : WhatIfExplorer.explore(profile, now, evaluator)) {
                assertThat(w.pAfter()).as("%s: %s", profile.name(), w.change()).isGreaterThanOrEqualTo(w.pBefore());
            }
        }
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
