package org.smartpick.core.fit;

/**
 * L2-penalised logistic regression by Newton's method (iteratively reweighted least squares): maximises
 * {@code sum y log p + (1 - y) log(1 - p) - lambda/2 |beta|^2} with an unpenalised intercept.
 */
public final class LogisticFit {

    /** Intercept, coefficients (one per column of x), and the Newton iterations used. */
    public record Result(double intercept, double[] coefficients, int iterations, boolean converged) {
        public Result {
            coefficients = coefficients.clone();
        }

        public double logOdds(double[] x) {
            double z = intercept;
            for (int j = 0; j < x.length; j++) {
                z += coefficients[j] * x[j];
            }
            return z;
        }

        public double probability(double[] x) {
            return 1 / (1 + Math.exp(-logOdds(x)));
        }
    }

    private LogisticFit() {}

    public static Result fit(double[][] x, boolean[] y, double lambda) {
        int n = x.length;
        int k = x.length == 0 ? 0 : x[0].length;
        double[] beta = new double[k + 1];
        for (int iteration = 1; iteration <= 100; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < n; i++) {
                double z = beta[0];
                for (int j = 0; j < k; j++) {
                    z += beta[j + 1] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = Math.max(p * (1 - p), 1e-12);
                double r = (y[i] ? 1 : 0) - p;
                for (int a = 0; a <= k; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    gradient[a] += r * xa;
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * xa * (b == 0 ? 1 : x[i][b - 1]);
                    }
                }
            }
            for (int a = 1; a <= k; a++) {
                gradient[a] -= lambda * beta[a];
                hessian[a][a] += lambda;
            }
            for (int a = 0; a <= k; a++) {
                for (int b = a + 1; b <= k; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a <= k; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < 1e-9) {
                return result(beta, iteration, true);
            }
        }
        return result(beta, 100, false);
    }

    private static Result result(double[] beta, int iterations, boolean converged) {
        double[] coefficients = new double[beta.length - 1];
        System.arraycopy(beta, 1, coefficients, 0, coefficients.length);
        return new Result(beta[0], coefficients, iterations, converged);
    }

    /** Solves a x = b for a symmetric positive-definite a by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-300) {
                m[col][col] = 1e-12;
            }
            for (int row = col + 1; row < n; row++) {
                double f = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = m[row][n];
            for (int c = row + 1; c < n; c++) {
                s -= m[row][c] * x[c];
            }
            x[row] = s / m[row][row];
        }
        return x;
    }
}
