package org.smartpick.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogMissCurveTest {
    private static final double LOG_MIN_MISS = Math.log1p(-(1 - 1e-12));

    /** Where {@link Normal#cdf} switches from its rational approximation to its continued fraction. */
    private static final double CDF_BRANCH_SWITCH = 7.07106781186547;

    /**
     * Measured worst relative error over the grid: about 5e-11 (near x = -9); 6e-9 right at Normal.cdf's own branch
     * switch, where the direct computation jumps by that much and the smooth table does not follow it.
     */
    @Test
    void tableAgreesWithTheDirectComputationToARelativeErrorOfOneInTenBillion() {
        SplittableRandom random = new SplittableRandom(7);
        double worst = 0;
        double worstNearSwitch = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double x = random.nextDouble(-36.9, 7.0);
            double direct = LogMissCurve.logMissDirect(x);
            double error = Math.abs(LogMissCurve.logMiss(x, LOG_MIN_MISS) - direct) / Math.abs(direct);
            if (Math.abs(Math.abs(x) - CDF_BRANCH_SWITCH) < 0.01) {
                worstNearSwitch = Math.max(worstNearSwitch, error);
            } else {
                worst = Math.max(worst, error);
            }
        }
        assertThat(worst).isLessThan(1e-10);
        assertThat(worstNearSwitch).isLessThan(1e-8);
    }

    @Test
    void gridPointsAndProbitsNearZeroAreExactToTheTablesPrecision() {
        for (double x : new double[] {-1, -0.5, 0, 0.5, 1}) {
            assertThat(LogMissCurve.logMiss(x, LOG_MIN_MISS))
                    .isCloseTo(LogMissCurve.logMissDirect(x), within(1e-12 * Math.abs(LogMissCurve.logMissDirect(x))));
        }
        assertThat(LogMissCurve.logMiss(0, LOG_MIN_MISS)).isCloseTo(Math.log(0.5), within(1e-13));
    }

    @Test
    void probitsBeyondTheGridTakeTheirLimits() {
        assertThat(LogMissCurve.logMiss(-40, LOG_MIN_MISS)).isZero();
        assertThat(LogMissCurve.logMiss(9.5, LOG_MIN_MISS)).isEqualTo(LOG_MIN_MISS);
        assertThat(LogMissCurve.logMiss(8, LOG_MIN_MISS))
                .as("1 - Phi(8) is below 1e-12, so the clamp holds")
                .isEqualTo(LOG_MIN_MISS);
        assertThat(LogMissCurve.logMiss(-30, LOG_MIN_MISS)).isNegative().isGreaterThan(-1e-190);
    }

    @Test
    void logMissFallsAsTheProbitRises() {
        double previous = 0;
        for (double x = -36.99; x < 9; x += 0.001) {
            double value = LogMissCurve.logMiss(x, LOG_MIN_MISS);
            assertThat(value).as("x = %s", x).isLessThanOrEqualTo(previous);
            previous = value;
        }
    }
}
