package org.smartpick.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {
    private static final int SAMPLES = 1_000_000;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void fixedWritesWhatStringFormatWritesForRandomValues(int digits) {
        SplittableRandom random = new SplittableRandom(digits);
        for (int i = 0; i < SAMPLES; i++) {
            double x = i % 2 == 0 ? 100 * random.nextDouble() : random.nextDouble() * Math.pow(10, random.nextInt(-6, 8));
            assertSameAsFormat(x, digits);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void fixedWritesWhatStringFormatWritesAtAndBesideTies(int digits) {
        double step = Math.pow(10, -digits);
        for (int k = 0; k < SAMPLES; k++) {
            double tie = (k + 0.5) * step;
            assertSameAsFormat(tie, digits);
            assertSameAsFormat(Math.nextUp(tie), digits);
            assertSameAsFormat(Math.nextDown(tie), digits);
            assertSameAsFormat(k * step, digits);
            assertSameAsFormat(tie / 100, digits);
        }
    }

    @Test
    void fixedHandsSignsAndSpecialValuesToTheJdk() {
        for (double x : new double[] {0.0, -0.0, -0.04, -0.05, -12.345, 0.15, 0.25, 0.35, 1.005, 2.675, 99.95, 99.99999,
                999_999.96, 1e6, 1e15, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            for (int digits = 0; digits <= 3; digits++) {
                assertSameAsFormat(x, digits);
            }
        }
    }

    @Test
    void appendFixedAppendsToWhatIsThere() {
        assertThat(Decimals.appendFixed(new StringBuilder("p = "), 0.125, 2)).hasToString("p = " + String.format(Locale.ROOT, "%.2f", 0.125));
    }

    @Test
    void hundredthsWritesWhatDoubleToStringWritesOfTheRoundedValue() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < SAMPLES; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-4, 9));
            assertSameAsToString(x);
            assertSameAsToString((i - SAMPLES / 2) / 100.0 + 0.005);
            assertSameAsToString((i - SAMPLES / 2) / 1000.0);
        }
        for (double x : new double[] {0.0, -0.0, -0.004, 0.005, 1.005, 2.675, 1e7, 1e10, -1e12, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertSameAsToString(x);
        }
    }

    private static void assertSameAsFormat(double x, int digits) {
        String expected = String.format(Locale.ROOT, "%." + digits + "f", x);
        String actual = Decimals.fixed(x, digits);
        if (!expected.equals(actual)) {
            assertThat(actual).as("%.{}f of %s", digits, x).isEqualTo(expected);
        }
    }

    private static void assertSameAsToString(double x) {
        String expected = Double.toString(Math.round(x * 100) / 100.0);
        String actual = Decimals.hundredths(x);
        if (!expected.equals(actual)) {
            assertThat(actual).as("hundredths of %s", x).isEqualTo(expected);
        }
    }
}
