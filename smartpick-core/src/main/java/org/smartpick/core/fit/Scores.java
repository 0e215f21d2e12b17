package org.smartpick.core.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Probability scores of predictions p against outcomes y: Brier score with Murphy's decomposition over equal-width
 * bins (Brier ~ reliability - resolution + uncertainty; exact up to within-bin spread), log loss, and the
 * reliability table.
 */
public record Scores(
        int n,
        double brier,
        double reliability,
        double resolution,
        double uncertainty,
        double logLoss,
        List<ReliabilityBin> bins) {

    /** One bin of the reliability table: predictions in [from, to), their mean, and the observed rate. */
    public record ReliabilityBin(double from, double to, int n, double meanPredicted, double observed) {}

    public Scores {
        bins = List.copyOf(bins);
    }

    public static Scores of(double[] p, boolean[] y, int binCount) {
        int n = p.length;
        double brier = 0;
        double logLoss = 0;
        double base = 0;
        int[] count = new int[binCount];
        double[] sumP = new double[binCount];
        double[] sumY = new double[binCount];
        for (int i = 0; i < n; i++) {
            double yi = y[i] ? 1 : 0;
            double pi = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
            brier += (p[i] - yi) * (p[i] - yi);
            logLoss -= yi * Math.log(pi) + (1 - yi) * Math.log(1 - pi);
            base += yi;
            int b = Math.min(binCount - 1, (int) (p[i] * binCount));
            count[b]++;
            sumP[b] += p[i];
            sumY[b] += yi;
        }
        double rate = n == 0 ? 0 : base / n;
        double reliability = 0;
        double resolution = 0;
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            if (count[b] == 0) {
                continue;
            }
            double meanP = sumP[b] / count[b];
            double observed = sumY[b] / count[b];
            reliability += count[b] * (meanP - observed) * (meanP - observed);
            resolution += count[b] * (observed - rate) * (observed - rate);
            bins.add(new ReliabilityBin((double) b / binCount, (double) (b + 1) / binCount, count[b], meanP, observed));
        }
        return n == 0
                ? new Scores(0, 0, 0, 0, 0, 0, List.of())
                : new Scores(n, brier / n, reliability / n, resolution / n, rate * (1 - rate), logLoss / n, bins);
    }
}
