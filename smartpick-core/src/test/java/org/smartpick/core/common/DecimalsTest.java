package org.smartpick.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimals} writes exactly what the JDK writes. By default each sweep runs a representative set in well under a
 * second: a seeded random sample of the sweep, its first, middle and last {@value #SWEEP_EDGE} indexes (the smallest
 * values, the sign change of the hundredths sweeps, the ties just below {@code Decimals}' fast-path limit of 1e6),
 * and the listed signs and special values. The exhaustive run (every index of every sweep, a million random values
 * per digit count, about 30 s on one core) stays available:
 * {@code ./mvnw -B -q -pl smartpick-core test -Dtest=DecimalsTest -Dsmartpick.exhaustive=true}.
 */
class DecimalsTest {
    private static final boolean EXHAUSTIVE = Boolean.getBoolean("smartpick.exhaustive");
    /** Length of every sweep (random draws, consecutive ties, hundredths steps). */
    private static final int SWEEP = 1_000_000;
    /** Indexes taken from each end and from the middle of a sweep in the default run. */
    private static final int SWEEP_EDGE = 1_000;
    /** Random indexes (or random draws) taken from a sweep in the default run. */
    private static final int SAMPLED = 10_000;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void fixedWritesWhatStringFormatWritesForRandomValues(int digits) {
        SplittableRandom random = new SplittableRandom(digits);
        int draws = EXHAUSTIVE ? SWEEP : SAMPLED;
        for (int i = 0; i < draws; i++) {
            double x =
                    i % 2 == 0 ? 100 * random.nextDouble() : random.nextDouble() * Math.pow(10, random.nextInt(-6, 8));
            assertSameAsFormat(x, digits);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void fixedWritesWhatStringFormatWritesAtAndBesideTies(int digits) {
        double step = Math.pow(10, -digits);
        sweep(100 + digits).forEach(k -> {
            double tie = (k + 0.5) * step;
            assertSameAsFormat(tie, digits);
            assertSameAsFormat(Math.nextUp(tie), digits);
            assertSameAsFormat(Math.nextDown(tie), digits);
            assertSameAsFormat(k * step, digits);
            assertSameAsFormat(tie / 100, digits);
        });
    }

    @Test
    void fixedHandsSignsAndSpecialValuesToTheJdk() {
        for (double x : new double[] {
            0.0,
            -0.0,
            -0.04,
            -0.05,
            -12.345,
            0.15,
            0.25,
            0.35,
            1.005,
            2.675,
            99.95,
            99.99999,
            999_999.96,
            1e6,
            1e15,
            Double.MAX_VALUE,
            Double.MIN_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        }) {
            for (int digits = 0; digits <= 3; digits++) {
                assertSameAsFormat(x, digits);
            }
        }
    }

    @Test
    void appendFixedAppendsToWhatIsThere() {
        assertThat(Decimals.appendFixed(new StringBuilder("p = "), 0.125, 2))
                .hasToString("p = " + String.format(Locale.ROOT, "%.2f", 0.125));
    }

    @Test
    void hundredthsWritesWhatDoubleToStringWritesOfTheRoundedValue() {
        SplittableRandom random = new SplittableRandom(7);
        int draws = EXHAUSTIVE ? SWEEP : SAMPLED;
        for (int i = 0; i < draws; i++) {
            assertSameAsToString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-4, 9)));
        }
        sweep(200).forEach(i -> {
            assertSameAsToString((i - SWEEP / 2) / 100.0 + 0.005);
            assertSameAsToString((i - SWEEP / 2) / 1000.0);
        });
        for (double x : new double[] {
            0.0,
            -0.0,
            -0.004,
            0.005,
            1.005,
            2.675,
            1e7,
            1e10,
            -1e12,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        }) {
            assertSameAsToString(x);
        }
    }

    /** The indexes 0..SWEEP-1 of a sweep: all of them when exhaustive, else its ends, its middle and a seeded sample. */
    private static IntStream sweep(long seed) {
        if (EXHAUSTIVE) {
            return IntStream.range(0, SWEEP);
        }
        IntStream ends = IntStream.concat(IntStream.range(0, SWEEP_EDGE), IntStream.range(SWEEP - SWEEP_EDGE, SWEEP));
        IntStream middle = IntStream.range(SWEEP / 2 - SWEEP_EDGE / 2, SWEEP / 2 + SWEEP_EDGE / 2);
        IntStream sample = new SplittableRandom(seed).ints(SAMPLED, SWEEP_EDGE, SWEEP - SWEEP_EDGE);
        return IntStream.concat(IntStream.concat(ends, middle), sample);
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
