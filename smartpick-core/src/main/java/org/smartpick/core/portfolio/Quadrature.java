package org.smartpick.core.portfolio;

import java.util.Arrays;

/**
 * Nodes and weights that approximate E[f(Z)] for Z ~ N(0, 1) as {@code sum_k weights[k] * f(nodes[k])}, built from
 * the Gauss-Hermite rule (nodes sqrt(2) x_k, weights w_k / sqrt(pi)). The weights sum to 1.
 */
public record Quadrature(double[] nodes, double[] weights) {
    public Quadrature {
        if (nodes.length != weights.length || nodes.length == 0) {
            throw new IllegalArgumentException("nodes and weights must have the same non-zero length, were "
                    + nodes.length + " and " + weights.length);
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    public int size() {
        return nodes.length;
    }

    public double node(int k) {
        return nodes[k];
    }

    public double weight(int k) {
        return weights[k];
    }

    /** The n-point Gauss-Hermite rule for the standard normal, n in 1..200. */
    public static Quadrature gaussHermite(int n) {
        if (n < 1 || n > 200) {
            throw new IllegalArgumentException("quadrature nodes must be 1..200, was " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        hermiteRoots(n, x, w);
        double[] nodes = new double[n];
        double[] weights = new double[n];
        double sqrtPi = Math.sqrt(Math.PI);
        for (int k = 0; k < n; k++) {
            nodes[k] = Math.sqrt(2.0) * x[n - 1 - k];
            weights[k] = w[n - 1 - k] / sqrtPi;
        }
        return new Quadrature(nodes, weights);
    }

    /**
     * The rule without its outermost nodes, dropped in pairs from both ends while their weights add up to at most
     * {@code maxDroppedWeight}. Nodes are kept in order with their weights unchanged, so an expectation of a
     * function with values in [0, 1] moves by at most the weight dropped.
     */
    public Quadrature withoutNegligibleTails(double maxDroppedWeight) {
        int low = 0;
        int high = nodes.length - 1;
        double dropped = 0;
        while (high - low >= 2 && dropped + weights[low] + weights[high] <= maxDroppedWeight) {
            dropped += weights[low] + weights[high];
            low++;
            high--;
        }
        return new Quadrature(Arrays.copyOfRange(nodes, low, high + 1), Arrays.copyOfRange(weights, low, high + 1));
    }

    /** The total weight of the rule: 1 for a full rule, a little less after {@link #withoutNegligibleTails}. */
    public double totalWeight() {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /**
     * Roots x and weights w of the physicists' Hermite rule (weight exp(-x^2)), found by Newton's method on the
     * orthonormal Hermite recurrence, with the usual asymptotic starting guesses for the largest roots.
     */
    private static void hermiteRoots(int n, double[] x, double[] w) {
        double piToMinusQuarter = Math.pow(Math.PI, -0.25);
        int half = (n + 1) / 2;
        double z = 0;
        for (int i = 0; i < half; i++) {
            if (i == 0) {
                z = Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
            } else if (i == 1) {
                z -= 1.14 * Math.pow(n, 0.426) / z;
            } else if (i == 2) {
                z = 1.86 * z - 0.86 * x[0];
            } else if (i == 3) {
                z = 1.91 * z - 0.91 * x[1];
            } else {
                z = 2.0 * z - x[i - 2];
            }
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double current = piToMinusQuarter;
                double previous = 0;
                for (int j = 0; j < n; j++) {
                    double older = previous;
                    previous = current;
                    current = z * Math.sqrt(2.0 / (j + 1)) * previous - Math.sqrt((double) j / (j + 1)) * older;
                }
                derivative = Math.sqrt(2.0 * n) * previous;
                double step = current / derivative;
                z -= step;
                if (Math.abs(step) <= 1e-14 * Math.max(1, Math.abs(z))) {
                    break;
                }
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            w[i] = 2.0 / (derivative * derivative);
            w[n - 1 - i] = w[i];
        }
    }
}
