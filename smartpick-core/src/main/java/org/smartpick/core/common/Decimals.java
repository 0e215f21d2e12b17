package org.smartpick.core.common;

import java.util.Locale;

/**
 * Numbers written as text for explanations, exactly as {@link String#format} ({@code %.1f}, {@code %.2f}) and
 * {@link Double#toString} would write them, without their cost. Values that sit within a hair of a rounding tie
 * (or are negative, huge or not finite) are handed to the JDK itself, so the text is always the JDK's.
 */
public final class Decimals {
    private static final long[] SCALE = {1, 10, 100, 1000};
    /** Distance from a .5 tie, in units of the last digit, below which the JDK decides the rounding. */
    private static final double NEAR_TIE = 1e-5;
    /** Above this the scaled value's own rounding error could reach {@link #NEAR_TIE}. */
    private static final double LARGEST_FAST = 1e6;

    private Decimals() {}

    /** {@code String.format(Locale.ROOT, "%.<digits>f", x)} for digits 0..3. */
    public static String fixed(double x, int digits) {
        return appendFixed(new StringBuilder(12), x, digits).toString();
    }

    /** Appends {@code String.format(Locale.ROOT, "%.<digits>f", x)} for digits 0..3 (0: no decimal point). */
    public static StringBuilder appendFixed(StringBuilder out, double x, int digits) {
        long scale = SCALE[digits];
        double scaled = x * scale;
        if (Double.doubleToRawLongBits(x) < 0 || !(x < LARGEST_FAST)) {
            return out.append(String.format(Locale.ROOT, "%." + digits + "f", x));
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < NEAR_TIE) {
            return out.append(String.format(Locale.ROOT, "%." + digits + "f", x));
        }
        long units = (long) floor + (fraction > 0.5 ? 1 : 0);
        out.append(units / scale);
        if (digits > 0) {
            out.append('.');
        }
        long rest = units % scale;
        for (long place = scale / 10; place > 0; place /= 10) {
            out.append((char) ('0' + rest / place));
            rest %= place;
        }
        return out;
    }

    /** {@code Double.toString(Math.round(x * 100) / 100.0)}: a number rounded to two decimals, trailing zeros dropped. */
    public static String hundredths(double x) {
        long units = Math.round(x * 100);
        if (units >= 1_000_000_000L || units <= -1_000_000_000L) {
            return Double.toString(units / 100.0);
        }
        StringBuilder out = new StringBuilder(12);
        if (units < 0) {
            out.append('-');
            units = -units;
        }
        long cents = units % 100;
        out.append(units / 100).append('.');
        if (cents % 10 == 0) {
            return out.append(cents / 10).toString();
        }
        return out.append(cents / 10).append(cents % 10).toString();
    }
}
