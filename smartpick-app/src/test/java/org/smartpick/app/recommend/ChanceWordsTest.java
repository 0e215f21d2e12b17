package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChanceWordsTest {
    @ParameterizedTest
    @CsvSource({
        "0.405, about 2 in 5 (41%)",
        "0.081, about 1 in 12 (8%)",
        "0.5, about 1 in 2 (50%)",
        "0.3, about 3 in 10 (30%)",
        "0.33, about 1 in 3 (33%)",
        "0.8, about 4 in 5 (80%)",
        "0.977, about 49 in 50 (98%)",
        "0.93, about 19 in 20 (93%)",
        "0.004, under 1 in 100 (under 1%)",
        "0.996, over 99 in 100 (over 99%)",
        "0, none (0%)",
        "1, certain (100%)"
    })
    void chanceReadsAsTheNearestPlainFractionWithItsPercentage(double p, String words) {
        assertThat(ChanceWords.inWords(p)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"0.4, under 1", "0.5, about 1", "4.1, about 4", "0, under 1"})
    void expectedInterviewsAreWholeNumbersAndUnderOneBelowAHalf(double expected, String words) {
        assertThat(ChanceWords.interviews(expected)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"0.004, <1%", "0.021, 2%", "0.999, >99%"})
    void aChanceInAColumnIsOneToken(double p, String token) {
        assertThat(ChanceWords.percentShort(p)).isEqualTo(token);
    }
}
