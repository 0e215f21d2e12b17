package org.smartpick.core.strategy;

import java.util.Locale;
import org.smartpick.core.common.Decimals;

/** Formats numbers inside advice sentences (percentages, point changes, counts) the same way everywhere. */
final class Phrases {
    private Phrases() {}

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

    /** A change in percentage points with its sign, e.g. "+12 points", "+1 point". */
    static String points(double delta) {
        long whole = Math.round(delta * 100);
        return String.format(Locale.ROOT, "%+d %s", whole, Math.abs(whole) == 1 ? "point" : "points");
    }

    /**
     * Two chances and the change between them as one sentence shows them, so that the numbers add up: whole
     * percentages and the difference of the two as shown, or one decimal each when whole ones would show no change
     * for a change of 0.05 point or more (80% to 80% for 79.7% to 80.4%).
     */
    record Change(String before, String after, String points) {}

    static Change change(double before, double after) {
        long wholeBefore = Math.round(before * 100);
        long wholeAfter = Math.round(after * 100);
        if (wholeBefore != wholeAfter || Math.abs(after - before) < 0.0005) {
            long delta = wholeAfter - wholeBefore;
            return new Change(
                    percent(before),
                    percent(after),
                    String.format(Locale.ROOT, "%+d %s", delta, Math.abs(delta) == 1 ? "point" : "points"));
        }
        long tenthsBefore = Math.round(before * 1000);
        long tenthsAfter = Math.round(after * 1000);
        return new Change(
                Decimals.fixed(tenthsBefore / 10.0, 1) + "%",
                Decimals.fixed(tenthsAfter / 10.0, 1) + "%",
                String.format(
                        Locale.ROOT,
                        "%s%s points",
                        tenthsAfter >= tenthsBefore ? "+" : "-",
                        Decimals.fixed(Math.abs(tenthsAfter - tenthsBefore) / 10.0, 1)));
    }

    /** "1 publication", "3 publications". */
    static String count(int n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
