package org.smartpick.core.strategy;

import java.util.Locale;
import org.smartpick.core.common.Decimals;

/** Formats numbers inside advice sentences (percentages, point changes, counts) the same way everywhere. */
final class Phrases {
    private Phrases() {
    }

    /** 0.4237 as "42%"; values that would round to 0% or 100% without being so as "under 1%" and "over 99%". */
    static String percent(double p) {
        if (p > 0 && p < 0.005) {
            return "under 1%";
        }
        if (p < 1 && p >= 0.995) {
            return "over 99%";
        }
        return Decimals.fixed(p * 100, 0) + "%";
    }

    /** A change in percentage points with its sign, e.g. "+12 points". */
    static String points(double delta) {
        return String.format(Locale.ROOT, "%+.0f points", delta * 100);
    }

    /** "1 publication", "3 publications". */
    static String count(int n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
