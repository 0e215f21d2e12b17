package org.smartpick.core.portfolio;

/**
 * One applicant, one strength: outcomes at different programs share a standard normal factor theta (a one-factor
 * Gaussian copula with loading sqrt(rho)). Each program keeps its marginal chance p, and
 * {@code p(theta) = Phi((Phi^-1(p) + sqrt(rho) theta) / sqrt(1 - rho))}. Expectations over theta use
 * Gauss-Hermite quadrature; rho = 0 is the independent case.
 */
public final class LatentFactorModel {
    private final double rho;
    private final Quadrature quadrature;
    private final double loading;
    private final double scale;

    public LatentFactorModel(double rho, Quadrature quadrature) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in [0, 1), was " + rho);
        }
        this.rho = rho;
        this.quadrature = quadrature;
        this.loading = Math.sqrt(rho);
        this.scale = Math.sqrt(1 - rho);
    }

    /**
     * Nodes whose weights add up to no more than this are left out: every probability the model computes moves by
     * less than it, ten thousand times below the 0.0001 that probabilities are shown to, and every node-wise loop of
     * the optimizer runs fewer times.
     */
    public static final double NEGLIGIBLE_WEIGHT = 1e-8;

    /**
     * The model with the node count the accuracy of the rule needs for this rho (32 up to 0.5, 64 up to 0.7, else
     * 100), less the outermost nodes of negligible weight (20 of the 32 remain).
     */
    public static LatentFactorModel withRho(double rho) {
        int nodes = rho <= 0.5 ? 32 : rho <= 0.7 ? 64 : 100;
        return new LatentFactorModel(rho, Quadrature.gaussHermite(nodes).withoutNegligibleTails(NEGLIGIBLE_WEIGHT));
    }

    public double rho() {
        return rho;
    }

    public Quadrature quadrature() {
        return quadrature;
    }

    /** The chance at one program given the applicant's latent strength is quadrature node k. */
    public double conditional(double p, int node) {
        if (p <= 0 || p >= 1 || rho == 0) {
            return p;
        }
        return Normal.cdf((Normal.inverseCdf(p) + loading * quadrature.node(node)) / scale);
    }

    /** How many quadrature nodes an expectation needs: one when outcomes are independent (rho = 0), else every node. */
    public int nodesNeeded() {
        return rho == 0 ? 1 : quadrature.size();
    }

    /** The weights of the {@link #nodesNeeded()} nodes: {1} when outcomes are independent. */
    public double[] nodeWeights() {
        return rho == 0 ? new double[] {1.0} : quadrature.weights().clone();
    }

    /**
     * logMiss[k][j] = log(1 - p_j(theta_k)) at each of the {@link #nodesNeeded()} nodes, each conditional chance
     * counted as at most maxChance (so that no log is infinite). Conditional chances come from the tabulated
     * {@link LogMissCurve}, relative error about 1e-11.
     */
    public double[][] logMissTable(double[] p, double maxChance) {
        double[][] logMiss = new double[nodesNeeded()][];
        logMissRows(p, maxChance, (node, row) -> logMiss[node] = row.clone());
        return logMiss;
    }

    /** Receives the rows of {@link #logMissTable} one node at a time. */
    public interface LogMissRows {
        /** Row {@code node} of the table; the array is reused for the next node, so copy what must be kept. */
        void row(int node, double[] logMiss);
    }

    /**
     * The rows of {@link #logMissTable}, the same values, handed over one node at a time in one reused array: for a
     * caller that lays the values out its own way and need not hold a second table.
     */
    public void logMissRows(double[] p, double maxChance, LogMissRows rows) {
        double logMinMiss = logMinMiss(maxChance);
        double[] threshold = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            threshold[j] = threshold(p[j]);
        }
        double[] row = new double[p.length];
        for (int k = 0; k < nodesNeeded(); k++) {
            double shift = shift(k);
            for (int j = 0; j < p.length; j++) {
                row[j] = logMiss(p[j], threshold[j], shift, logMinMiss, maxChance);
            }
            rows.row(k, row);
        }
    }

    /** One column of {@link #logMissTable}: log(1 - p(theta_k)) at each node k for one chance, the same values. */
    public double[] logMissColumn(double p, double maxChance) {
        double logMinMiss = logMinMiss(maxChance);
        double threshold = threshold(p);
        double[] column = new double[nodesNeeded()];
        for (int k = 0; k < column.length; k++) {
            column[k] = logMiss(p, threshold, shift(k), logMinMiss, maxChance);
        }
        return column;
    }

    private static double logMinMiss(double maxChance) {
        if (!(maxChance >= 0.5 && maxChance <= 1 - 1e-15)) {
            throw new IllegalArgumentException("maxChance must be in [0.5, 1 - 1e-15], was " + maxChance);
        }
        return Math.log1p(-maxChance);
    }

    /** Phi^-1(p), or NaN when the chance is the same at every node (0 or 1, or outcomes independent). */
    private double threshold(double p) {
        return rho == 0 || p <= 0 || p >= 1 ? Double.NaN : Normal.inverseCdf(p);
    }

    /** What node k adds to a threshold: sqrt(rho) theta_k (0 with a single node). */
    private double shift(int k) {
        return nodesNeeded() == 1 ? 0 : loading * quadrature.node(k);
    }

    private double logMiss(double p, double threshold, double shift, double logMinMiss, double maxChance) {
        // No threshold: the chance is 0 or 1, or outcomes are independent; either way it is the same at every node.
        return Double.isNaN(threshold)
                ? independentLogMiss(p, maxChance)
                : LogMissCurve.logMiss((threshold + shift) / scale, logMinMiss);
    }

    /** log(1 - p) for a chance that does not depend on the shared factor, the chance counted as at most maxChance. */
    public static double independentLogMiss(double p, double maxChance) {
        return Math.log1p(-Math.min(p, maxChance));
    }

    /**
     * P(at least one success) over programs with marginal chances p, under the shared factor: 1 when one chance is
     * certain, else the weighted sum over nodes of 1 - exp(sum_j log(1 - p_j(theta_k))).
     */
    public double atLeastOne(double[] p) {
        for (double pj : p) {
            if (pj >= 1) {
                return 1;
            }
        }
        double[][] logMiss = logMissTable(p, 1 - 1e-15);
        double[] weights = nodeWeights();
        double total = 0;
        for (int k = 0; k < logMiss.length; k++) {
            double logNone = 0;
            for (double value : logMiss[k]) {
                logNone += value;
            }
            total += weights[k] * -Math.expm1(logNone);
        }
        return total;
    }

    /** P(at least one success) if outcomes were independent: 1 - prod(1 - p_j); an upper bound for rho >= 0. */
    public static double independentAtLeastOne(double[] p) {
        double none = 1;
        for (double pj : p) {
            none *= 1 - pj;
        }
        return 1 - none;
    }
}
