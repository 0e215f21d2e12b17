package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Summary;

/**
 * The two headline chances: of a match in a goal track (the list's GOAL-role programs alone, same correlated model)
 * and of any match on the list, with the pathways' share between them.
 */
class HeadlineChancesTest {
    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void theGoalChanceNeverExceedsTheChanceOfAnyMatchAndEqualsItWithoutPathwayPrograms(Path example)
            throws IOException {
        Recommendation r = ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
        Summary s = r.summary();

        assertThat(s.pGoalMatch()).isBetween(0.0, s.pAtLeastOneMatch());
        assertThat(s.pPathwayOnlyMatch()).isEqualTo(Math.max(0, s.pAtLeastOneMatch() - s.pGoalMatch()));
        boolean pathwayOnList = r.selectedPrograms().stream().anyMatch(ProgramResult::pathway);
        if (!pathwayOnList) {
            assertThat(s.pGoalMatch()).isEqualTo(s.pAtLeastOneMatch());
            assertThat(s.pPathwayOnlyMatch()).isZero();
        }
    }

    @Test
    void theGeneticsExampleShowsItsGoalTrackAndAnyMatchChancesSideBySide() throws IOException {
        Recommendation r = ExampleProfiles.recommend(
                ExampleProfiles.shippedService(), Path.of("../examples/non-us-img-genetics.json"));
        Summary s = r.summary();

        assertThat(r.selectedPrograms()).anyMatch(ProgramResult::pathway).anyMatch(p -> !p.pathway());
        assertThat(s.pGoalMatch()).isPositive().isLessThan(s.pAtLeastOneMatch());
        assertThat(TextReport.render(r).replaceAll("\\s+", " "))
                .contains(
                        "A match in your goal track",
                        ChanceWords.inWords(s.pGoalMatch()),
                        "A match anywhere on this list: " + ChanceWords.inWords(s.pAtLeastOneMatch()));
        String report = TextReport.renderFullDetail(r).replaceAll("\\s+", " ");
        assertThat(report)
                .contains("Chance of a match in a goal track: " + percent(s.pGoalMatch()) + ".")
                .contains("Chance of at least one match with this list: " + percent(s.pAtLeastOneMatch()) + " ("
                        + String.format(java.util.Locale.ROOT, "%.1f", 100 * s.pPathwayOnlyMatch())
                        + " points of it from pathway programs alone");
    }

    private static String percent(double p) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p);
    }
}
