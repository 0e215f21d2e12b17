package org.smartpick.core.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.common.Problem;

class TierThresholdsTest {
    private static final TierThresholds THRESHOLDS = new TierThresholds("test", 0.02, 0.08);

    @ParameterizedTest
    @CsvSource({"0.0,REACH", "0.0199,REACH", "0.02,REALISTIC", "0.0799,REALISTIC", "0.08,SAFETY", "0.5,SAFETY"})
    void tierFollowsTheThresholds(double p, Tier expected) {
        assertThat(THRESHOLDS.classify(p, false).tier()).isEqualTo(expected);
    }

    @Test
    void reasonNamesTheChanceTheRuleAndThePathwayFlag() {
        assertThat(THRESHOLDS.classify(0.05, true)).isEqualTo(new TierAssignment(Tier.REALISTIC, true,
                "chance of matching 5.0% is between 2.0% and 8.0% (tiers test); an alternative-pathway program"));
    }

    @Test
    void shippedThresholdsParse() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("../data/policy/tiers.properties"), StandardCharsets.UTF_8)) {
            TierThresholds.Parsed parsed = TierThresholds.parse(reader);
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.thresholds()).contains(new TierThresholds("2026-1", 0.02, 0.08));
        }
    }

    @Test
    void missingAndInvertedThresholdsAreProblems() {
        assertThat(TierThresholds.parse(new StringReader("reach.below=0.3\n")).problems())
                .containsExactly(new Problem("safety.atLeast", "missing; give a chance between 0 and 1"));
        assertThat(TierThresholds.parse(new StringReader("reach.below=0.3\nsafety.atLeast=0.1\n")).problems())
                .containsExactly(new Problem("reach.below", "must be below safety.atLeast 0.1, was 0.3"));
        assertThat(TierThresholds.parse(new StringReader("reach.below=x\nsafety.atLeast=0.1\n")).problems())
                .containsExactly(new Problem("reach.below", "must be a chance in (0, 1], was x"));
    }
}
