package org.smartpick.core.portfolio;

/**
 * log(1 - Phi(x)), the log of the chance that a program with probit x does not take the applicant, read from a
 * table instead of evaluating the normal CDF and a logarithm for every program and quadrature node.
 *
 * <p>The table holds g(y) = log(-log Phi(y)) at y = -x on a grid of step 1/128 with its exact derivative, and
 * interpolates between grid points with cubic Hermite polynomials. g is smooth with small higher derivatives over
 * the whole line (about 2 log|y| on the left, about -y^2/2 - log y on the right), so the interpolation keeps the
 * relative error of log(1 - Phi(x)) near 1e-11 whether it is close to zero (unlikely programs) or large (almost
 * certain ones); {@code LogMissCurveTest} measures it against the direct computation. Outside the grid the answer
 * is a limit: 0 where Phi(x) underflows (x below -37), and the clamp where Phi(x) passes any maxChance the optimizer
 * uses (x above 9, where 1 - Phi(x) is about 1e-19).
 */
final class LogMissCurve {
    private static final double Y_MIN = -9;
    private static final double Y_MAX = 37;
    private static final int STEPS_PER_UNIT = 128;
    private static final double STEP = 1.0 / STEPS_PER_UNIT;
    private static final int INTERVALS = (int) ((Y_MAX - Y_MIN) * STEPS_PER_UNIT);
    /** Four cubic coefficients per interval, lowest power first: g(Y_MIN + (i + f) STEP) = sum c[4i + d] f^d. */
    private static final double[] COEFFICIENTS = coefficients();

    private LogMissCurve() {}

    /**
     * log(1 - Phi(x)), but never below {@code logMinMiss} = log(1 - maxChance): a probit so high that the chance
     * passes maxChance counts as maxChance.
     */
    static double logMiss(double x, double logMinMiss) {
        double y = -x;
        if (y <= Y_MIN) {
            return logMinMiss;
        }
        if (y >= Y_MAX) {
            return 0;
        }
        double position = (y - Y_MIN) * STEPS_PER_UNIT;
        int interval = Math.min((int) position, INTERVALS - 1);
        double f = position - interval;
        int at = 4 * interval;
        double g =
                COEFFICIENTS[at] + f * (COEFFICIENTS[at + 1] + f * (COEFFICIENTS[at + 2] + f * COEFFICIENTS[at + 3]));
        return Math.max(-Math.exp(g), logMinMiss);
    }

    /**
     * The direct computation the table is built from: log(1 - Phi(x)) from the normal tail, with the tail taken on
     * the side where it is small so that neither side loses digits to cancellation.
     */
    static double logMissDirect(double x) {
        return x > 0 ? Math.log(Normal.cdf(-x)) : Math.log1p(-Normal.cdf(x));
    }

    private static double[] coefficients() {
        double[] value = new double[INTERVALS + 1];
        double[] slope = new double[INTERVALS + 1];
        for (int i = 0; i <= INTERVALS; i++) {
            double y = Y_MIN + i * STEP;
            double logCdf = logCdf(y);
            value[i] = Math.log(-logCdf);
            // d/dy log(-log Phi(y)) = phi(y) / (Phi(y) log Phi(y)); phi/Phi is taken in log space to stay finite.
            double logDensity = -0.5 * y * y - 0.5 * Math.log(2 * Math.PI);
            slope[i] = Math.exp(logDensity - logCdf) / logCdf;
        }
        double[] c = new double[4 * INTERVALS];
        for (int i = 0; i < INTERVALS; i++) {
            double d0 = slope[i] * STEP;
            double d1 = slope[i + 1] * STEP;
            double difference = value[i + 1] - value[i];
            c[4 * i] = value[i];
            c[4 * i + 1] = d0;
            c[4 * i + 2] = 3 * difference - 2 * d0 - d1;
            c[4 * i + 3] = -2 * difference + d0 + d1;
        }
        return c;
    }

    /** log Phi(y), finite and negative over the grid (Phi(y) underflows only beyond y = -37, and 1 - Phi(y) beyond 37). */
    private static double logCdf(double y) {
        return logMissDirect(-y);
    }
}
