package org.smartpick.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.portfolio.LatentFactorModel;

/** P(at least one match) for a list of 100 programs under the shipped one-factor model (seeded chances). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PortfolioBenchmark {
    private LatentFactorModel model;
    private double[] p;

    @Setup
    public void setUp() {
        model = LatentFactorModel.withRho(ShippedPolicies.shippedModel().rho());
        SplittableRandom random = new SplittableRandom(100L);
        p = new double[100];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.005 + 0.4 * random.nextDouble();
        }
    }

    @Benchmark
    public double atLeastOneOf100() {
        return model.atLeastOne(p);
    }
}
