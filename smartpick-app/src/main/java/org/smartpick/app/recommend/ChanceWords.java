package org.smartpick.app.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chances and counts as a person says them: "about 2 in 5 (41%)", "8%", "about 4". Whole percentages only; what
 * would round to 0% or 100% without being so reads "under 1%" or "over 99%".
 */
public final class ChanceWords {
    /**
     * Denominators used with any numerator ("3 in 5"); beyond them only "1 in N" (N up to 100) is said, and near
     * certainty as "19 in 20", "49 in 50" or "99 in 100".
     */
    private static final int[] SMALL_DENOMINATORS = {2, 3, 4, 5, 10};

    private static final int[] NEAR_CERTAIN_DENOMINATORS = {20, 50, 100};
    private static final int LARGEST_DENOMINATOR = 100;
    private static final List<Fraction> CANDIDATES = candidates();

    private ChanceWords() {}

    /** 0.405 as "about 2 in 5 (41%)": the nearest plain fraction with the percentage beside it. */
    public static String inWords(double p) {
        return fraction(p) + " (" + percent(p) + ")";
    }

    /** The nearest of the plain fractions to {@code p}, simplest first on a tie: "about 2 in 5", "about 1 in 12". */
    public static String fraction(double p) {
        if (p <= 0) {
            return "none";
        }
        if (p < 1.0 / LARGEST_DENOMINATOR) {
            return "under 1 in " + LARGEST_DENOMINATOR;
        }
        if (p > 1 - 1.0 / LARGEST_DENOMINATOR) {
            return p >= 1 ? "certain" : "over " + (LARGEST_DENOMINATOR - 1) + " in " + LARGEST_DENOMINATOR;
        }
        Fraction best = new Fraction(1, 1);
        for (Fraction candidate : CANDIDATES) {
            if (Math.abs(p - candidate.value()) < Math.abs(p - best.value()) - 1e-12) {
                best = candidate;
            }
        }
        int divisor = gcd(best.k(), best.n());
        return "about " + best.k() / divisor + " in " + best.n() / divisor;
    }

    /** k in n, as said. */
    private record Fraction(int k, int n) {
        double value() {
            return (double) k / n;
        }
    }

    /** Every fraction said, simplest first: any k in a small n, then 1 in n up to the largest n, then n-1 in a round n. */
    private static List<Fraction> candidates() {
        List<Fraction> all = new ArrayList<>();
        for (int n : SMALL_DENOMINATORS) {
            for (int k = 1; k < n; k++) {
                all.add(new Fraction(k, n));
            }
        }
        for (int n = 2; n <= LARGEST_DENOMINATOR; n++) {
            all.add(new Fraction(1, n));
        }
        for (int n : NEAR_CERTAIN_DENOMINATORS) {
            all.add(new Fraction(n - 1, n));
        }
        return List.copyOf(all);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** 0.4237 as "42%"; "under 1%" and "over 99%" where a whole percentage would say 0% or 100% of a real chance. */
    public static String percent(double p) {
        if (p > 0 && p < 0.005) {
            return "under 1%";
        }
        if (p < 1 && p >= 0.995) {
            return "over 99%";
        }
        return String.format(Locale.ROOT, "%d%%", Math.round(100 * p));
    }

    /** A chance as one token for a column: "42%", "<1%". */
    public static String percentShort(double p) {
        return percent(p).replace("under ", "<").replace("over ", ">");
    }

    /** Expected interviews as whole numbers: "about 4"; "under 1" below one-half. */
    public static String interviews(double expected) {
        long whole = Math.round(expected);
        return whole < 1 ? "under 1" : "about " + whole;
    }
}
