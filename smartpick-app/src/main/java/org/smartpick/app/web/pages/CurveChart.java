package org.smartpick.app.web.pages;

import java.util.List;
import java.util.Locale;
import org.smartpick.core.optimize.CurvePoint;

/**
 * The diminishing-returns chart as SVG: P(at least one match) (left axis, percent) and the fee cost (right axis,
 * dollars) against the number of applications, with the chosen list size and the point where one more application
 * adds little marked. Numbers only; no text from the user reaches it.
 * <p>
 * The drawing is 480 units wide and scales with the page; its text size is set by the style sheet in these units
 * (12 on a wide screen, 16 on a phone, where the chart is drawn at about three quarters of its size), so the margins
 * leave room for labels 16 units high: about 10 characters beside the right axis, 5 beside the left, and a legend on
 * its own row below the axis title.
 */
final class CurveChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 300;
    private static final int LEFT = 52;
    private static final int RIGHT = 80;
    private static final int TOP = 16;
    private static final int BOTTOM = 80;
    /** The widest a character of the labels can be, in units, at the largest text size the style sheet sets. */
    private static final double CHARACTER_WIDTH = 9.5;

    private CurveChart() {}

    /** The chart, or an empty string when there is no curve. */
    static String svg(List<CurvePoint> curve, int chosen, int diminishingAt) {
        if (curve.isEmpty()) {
            return "";
        }
        int maxApplications =
                curve.stream().mapToInt(CurvePoint::applications).max().orElse(1);
        int maxCost =
                Math.max(1, curve.stream().mapToInt(CurvePoint::costUsd).max().orElse(1));
        Axes axes = new Axes(Math.max(1, maxApplications), niceCeiling(maxCost));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"curve\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-labelledby=\"curve-title curve-desc\">",
                WIDTH,
                HEIGHT));
        svg.append(
                "<title id=\"curve-title\">Chance of at least one match and cost against the number of applications</title>");
        svg.append(String.format(
                Locale.ROOT,
                "<desc id=\"curve-desc\">With %d applications the chance of at least one "
                        + "match is %s at a cost of $%,d.</desc>",
                chosen,
                percent(at(curve, chosen).pAtLeastOneMatch()),
                at(curve, chosen).costUsd()));
        grid(svg, axes);
        marker(svg, axes, chosen, "chosen", "chosen " + chosen);
        if (diminishingAt > 0 && diminishingAt != chosen) {
            marker(svg, axes, diminishingAt, "diminishing", "adds little after " + diminishingAt);
        }
        line(svg, curve, axes, true);
        line(svg, curve, axes, false);
        legend(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Scales from data to pixels. */
    private record Axes(int maxApplications, int maxCostUsd) {
        double x(int applications) {
            return LEFT + (WIDTH - LEFT - RIGHT) * applications / (double) maxApplications;
        }

        double yChance(double p) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - p);
        }

        double yCost(int usd) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - usd / (double) maxCostUsd);
        }
    }

    private static void grid(StringBuilder svg, Axes axes) {
        for (int i = 0; i <= 4; i++) {
            double p = i / 4.0;
            double y = axes.yChance(p);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"axis chance\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>",
                    LEFT - 6,
                    y + 4,
                    i * 25));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"axis cost\" x=\"%d\" y=\"%.1f\">$%,d</text>",
                    WIDTH - RIGHT + 6,
                    y + 4,
                    Math.round(axes.maxCostUsd() * p)));
        }
        int step = Math.max(1, niceCeiling(axes.maxApplications()) / 5);
        for (int n = 0; n <= axes.maxApplications(); n += step) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                    axes.x(n),
                    HEIGHT - BOTTOM + 20,
                    n));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">applications</text>",
                (WIDTH + LEFT - RIGHT) / 2,
                HEIGHT - BOTTOM + 42));
    }

    /** A dashed line at a list size, labelled inside the plot: right of the line, or left of it where it would not fit. */
    private static void marker(StringBuilder svg, Axes axes, int applications, String kind, String label) {
        double x = axes.x(applications);
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"marker %s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
                kind,
                x,
                x,
                TOP,
                HEIGHT - BOTTOM));
        boolean fitsRight = x + 4 + label.length() * CHARACTER_WIDTH <= WIDTH - RIGHT;
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"marker-label %s\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                kind,
                fitsRight ? x + 4 : x - 4,
                kind.equals("chosen") ? TOP + 18 : TOP + 40,
                fitsRight ? "start" : "end",
                label));
    }

    private static void line(StringBuilder svg, List<CurvePoint> curve, Axes axes, boolean chance) {
        StringBuilder points = new StringBuilder();
        for (CurvePoint point : curve) {
            double y = chance ? axes.yChance(point.pAtLeastOneMatch()) : axes.yCost(point.costUsd());
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", axes.x(point.applications()), y));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<polyline class=\"series %s\" fill=\"none\" points=\"%s\"/>",
                chance ? "chance" : "cost",
                points.toString().strip()));
    }

    private static void legend(StringBuilder svg) {
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"legend\"><line class=\"series chance\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                        + "<text x=\"%d\" y=\"%d\">P(at least one match)</text>"
                        + "<line class=\"series cost\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/><text x=\"%d\" y=\"%d\">fees (USD)</text></g>",
                8,
                28,
                HEIGHT - 19,
                HEIGHT - 19,
                32,
                HEIGHT - 14,
                250,
                270,
                HEIGHT - 19,
                HEIGHT - 19,
                274,
                HEIGHT - 14));
    }

    /** The curve point for this many applications, or the nearest one below it. */
    private static CurvePoint at(List<CurvePoint> curve, int applications) {
        CurvePoint best = curve.get(0);
        for (CurvePoint point : curve) {
            if (point.applications() <= applications) {
                best = point;
            }
        }
        return best;
    }

    private static int niceCeiling(int value) {
        int magnitude = 1;
        while (magnitude * 10 <= value) {
            magnitude *= 10;
        }
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
