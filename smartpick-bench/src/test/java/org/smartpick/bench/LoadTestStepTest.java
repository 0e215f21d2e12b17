package org.smartpick.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoadTestStepTest {

    private static LoadTest.Step step(int rate, double[] millisByDue) {
        double[] sorted = Arrays.stream(millisByDue)
                .filter(m -> !Double.isNaN(m))
                .sorted()
                .toArray();
        return new LoadTest.Step(
                rate,
                millisByDue.length / rate,
                millisByDue.length,
                sorted.length,
                0,
                0,
                sorted,
                millisByDue.length / (double) rate,
                Double.NaN,
                Double.NaN,
                millisByDue);
    }

    @Test
    void timelineGivesTheP99OfEachStretchOfTheScheduleSkippingRequestsNeverAnswered() {
        int rate = 40;
        int perStretch = rate * LoadTest.Step.TIMELINE_SECONDS;
        double[] millis = new double[3 * perStretch];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = 10 + i % perStretch; // 10 .. 209 ms in each stretch: its p99 is 207
        }
        // Three slow answers in the second stretch: the p99 of 200 requests is the third slowest, 5,000 ms.
        millis[perStretch + 5] = 5_000;
        millis[perStretch + 6] = 6_000;
        millis[perStretch + 7] = 7_000;
        Arrays.fill(millis, 2 * perStretch, 3 * perStretch, Double.NaN); // the third stretch never answered

        assertThat(step(rate, millis).timeline())
                .isEqualTo(String.format("%n  p99 ms by %d s of schedule: 207 5000 -", LoadTest.Step.TIMELINE_SECONDS));
    }

    @Test
    void timelineIsLeftOutOfAStepShorterThanTwoStretches() {
        assertThat(step(10, new double[10 * LoadTest.Step.TIMELINE_SECONDS]).timeline())
                .isEmpty();
    }
}
