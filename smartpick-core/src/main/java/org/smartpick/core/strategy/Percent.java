package org.smartpick.core.strategy;

import java.util.Locale;

/** Formats probabilities for advice sentences, the same way everywhere. */
final class Percent {
    private Percent() {
    }

    /** 0.4237 as "42%"; values under 1% as "under 1%". */
    static String of(double p) {
        if (p > 0 && p < 0.005) {
            return "under 1%";
        }
        return String.format(Locale.ROOT, "%.0f%%", p * 100);
    }

    /** A change in percentage points with its sign, e.g. "+12 points". */
    static String points(double delta) {
        return String.format(Locale.ROOT, "%+.0f points", delta * 100);
    }
}
