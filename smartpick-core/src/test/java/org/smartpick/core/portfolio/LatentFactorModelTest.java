package org.smartpick.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatentFactorModelTest {

    @Test
    void normalCdfMatchesKnownValues() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-9));
        assertThat(Normal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-7));
        assertThat(Normal.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-12));
        assertThat(Normal.cdf(-8)).isCloseTo(6.22096057427178e-16, within(1e-20));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.01, 0.1, 0.3, 0.5, 0.77, 0.99, 0.999999})
    void inverseCdfInvertsCdf(double p) {
        assertThat(Normal.cdf(Normal.inverseCdf(p))).isCloseTo(p, within(1e-7 * Math.max(p, 1e-3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 32, 64, 100})
    void gaussHermiteWeightsSumToOneAndMatchNormalMoments(int n) {
        Quadrature q = Quadrature.gaussHermite(n);
        assertThat(Arrays.stream(q.weights()).sum()).isCloseTo(1.0, within(1e-10));
        double second = 0;
        for (int k = 0; k < n; k++) {
            second += q.weight(k) * q.node(k) * q.node(k);
        }
        assertThat(second).isCloseTo(n == 1 ? 0.0 : 1.0, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64, 100})
    void droppingNegligibleTailsKeepsTheMiddleAndLosesAtMostTheAllowedWeight(int n) {
        Quadrature full = Quadrature.gaussHermite(n);
        Quadrature trimmed = full.withoutNegligibleTails(LatentFactorModel.NEGLIGIBLE_WEIGHT);
        int dropped = (n - trimmed.size()) / 2;
        assertThat(trimmed.size()).isLessThan(n).isEqualTo(n - 2 * dropped);
        assertThat(trimmed.node(0)).isEqualTo(full.node(dropped));
        assertThat(trimmed.weight(trimmed.size() - 1)).isEqualTo(full.weight(n - 1 - dropped));
        assertThat(1 - trimmed.totalWeight()).isBetween(0.0, LatentFactorModel.NEGLIGIBLE_WEIGHT + 1e-15);
        double next = full.weight(dropped) + full.weight(n - 1 - dropped);
        assertThat(1 - trimmed.totalWeight() + next)
                .as("one more pair would drop too much")
                .isGreaterThan(LatentFactorModel.NEGLIGIBLE_WEIGHT);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.35, 0.5, 0.7, 0.9})
    void trimmedRuleGivesTheFullRulesChanceToWithinTheDroppedWeight(double rho) {
        LatentFactorModel trimmed = LatentFactorModel.withRho(rho);
        int n = rho <= 0.5 ? 32 : rho <= 0.7 ? 64 : 100;
        LatentFactorModel full = new LatentFactorModel(rho, Quadrature.gaussHermite(n));
        SplittableRandom random = new SplittableRandom(11);
        for (int portfolio = 0; portfolio < 200; portfolio++) {
            double[] p = random.doubles(1 + random.nextInt(60), 0.0005, 0.95).toArray();
            assertThat(trimmed.atLeastOne(p))
                    .isCloseTo(full.atLeastOne(p), within(2 * LatentFactorModel.NEGLIGIBLE_WEIGHT));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
    void quadratureAgreesWithFineGridIntegration(double rho) {
        double[] p = new double[20];
        for (int j = 0; j < 20; j++) {
            p[j] = 0.05 + 0.30 * j / 19.0;
        }
        assertThat(LatentFactorModel.withRho(rho).atLeastOne(p)).isCloseTo(gridAtLeastOne(p, rho), within(1e-4));
    }

    /** Trapezoid rule over theta in [-10, 10]: slow but independent of the quadrature code. */
    private static double gridAtLeastOne(double[] p, double rho) {
        int steps = 20_000;
        double h = 20.0 / steps;
        double total = 0;
        for (int i = 0; i <= steps; i++) {
            double theta = -10 + i * h;
            double none = 1;
            for (double pj : p) {
                none *= 1 - Normal.cdf((Normal.inverseCdf(pj) + Math.sqrt(rho) * theta) / Math.sqrt(1 - rho));
            }
            double density = Math.exp(-theta * theta / 2) / Math.sqrt(2 * Math.PI);
            total += (i == 0 || i == steps ? 0.5 : 1) * h * density * (1 - none);
        }
        return total;
    }

    @Test
    void keepsEachMarginalChance() {
        LatentFactorModel model = LatentFactorModel.withRho(0.5);
        for (double p : new double[] {0.02, 0.2, 0.6, 0.95}) {
            assertThat(model.atLeastOne(new double[] {p})).isCloseTo(p, within(1e-6));
        }
    }

    @Test
    void correlationNeverRaisesTheChanceOfAtLeastOne() {
        double[] p = {0.1, 0.25, 0.4, 0.05, 0.6};
        double independent = LatentFactorModel.independentAtLeastOne(p);
        double previous = independent;
        for (double rho : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            double correlated = LatentFactorModel.withRho(rho).atLeastOne(p);
            assertThat(correlated).isLessThanOrEqualTo(previous + 1e-9);
            previous = correlated;
        }
    }

    /** A column worked out alone holds exactly the values of the full table's column, for every kind of chance. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.2, 0.6})
    void logMissColumnIsTheTablesColumn(double rho) {
        LatentFactorModel model = LatentFactorModel.withRho(rho);
        double[] p = {0, 1e-9, 0.003, 0.2, 0.5, 0.93, 1 - 1e-13, 1};
        double maxChance = 1 - 1e-12;
        double[][] table = model.logMissTable(p, maxChance);
        for (int j = 0; j < p.length; j++) {
            double[] column = model.logMissColumn(p[j], maxChance);
            assertThat(column).hasSize(model.nodesNeeded());
            for (int k = 0; k < column.length; k++) {
                assertThat(column[k]).as("p %s, node %d", p[j], k).isEqualTo(table[k][j]);
            }
        }
    }
}
