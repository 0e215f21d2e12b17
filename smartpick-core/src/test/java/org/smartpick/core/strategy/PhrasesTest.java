package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {
    @ParameterizedTest(name = "{0} to {1} reads {2} to {3} ({4})")
    @CsvSource({
        "0.31,   0.44,   31%,   44%,   +13 points",
        "0.412,  0.418,  41%,   42%,   +1 point",
        "0.797,  0.804,  79.7%, 80.4%, +0.7 points",
        "0.804,  0.797,  80.4%, 79.7%, -0.7 points",
        "0.5,    0.5003, 50%,   50%,   +0 points",
        "0.0,    0.632,  0%,    63%,   +63 points"
    })
    void aChangeReadsWithNumbersThatAddUp(
            double before, double after, String shownBefore, String shownAfter, String points) {
        assertThat(Phrases.change(before, after)).isEqualTo(new Phrases.Change(shownBefore, shownAfter, points));
    }
}
