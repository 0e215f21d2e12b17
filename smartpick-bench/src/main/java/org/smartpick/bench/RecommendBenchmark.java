package org.smartpick.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;

/**
 * One full recommendation (eligibility, chances, optimized list, signals, tiers, strategy plan with what-ifs) for
 * the example persona, over the shipped catalog and over a SYNTHETIC 50,000-program catalog. The shipped
 * recommender uses the process's helper threads (one on a 2-core machine) beside the benchmark thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecommendBenchmark {
    static final int SYNTHETIC_SIZE = 50_000;
    static final long SYNTHETIC_SEED = 20_260_501L;

    private Recommender recommender;
    private Recommender oneThread;
    private Profile persona;
    private RecommendOptions options;
    private Catalog shipped;
    private Catalog synthetic;
    private Recommendation personaResult;
    private List<Recommendation> exampleAnswers;

    @Setup
    public void setUp() {
        recommender = ShippedPolicies.recommender();
        oneThread = ShippedPolicies.recommender(ShippedPolicies.shippedModel(), TaskRunner.callerOnly());
        persona = BenchFixtures.persona();
        options = BenchFixtures.options(persona);
        shipped = ShippedCatalog.load();
        synthetic = BenchFixtures.synthetic(shipped, SYNTHETIC_SIZE, SYNTHETIC_SEED);
        personaResult = recommender.recommend(persona, shipped, options);
        exampleAnswers = BenchFixtures.EXAMPLES.stream()
                .map(BenchFixtures::profile)
                .map(profile -> recommender.recommend(profile, shipped, BenchFixtures.options(profile)))
                .toList();
    }

    @Benchmark
    public Recommendation personaShippedCatalog() {
        return recommender.recommend(persona, shipped, options);
    }

    /**
     * The same recommendation with every task on the calling thread: the CPU time one recommendation costs, which
     * is what bounds throughput under load (where several recommendations run at once and none is offered helpers).
     */
    @Benchmark
    public Recommendation personaShippedCatalogOneThread() {
        return oneThread.recommend(persona, shipped, options);
    }

    /**
     * The same on one thread without the strategy (no what-if lists, no plan): with {@link #personaShippedCatalogOneThread}
     * it tells what the strategy costs of a recommendation's CPU.
     */
    @Benchmark
    public Recommendation personaWithoutStrategyOneThread() {
        return oneThread.recommend(persona, shipped, options.withoutStrategy());
    }

    /**
     * What the API adds after the recommendation: the persona's answer written as compact JSON into a stream, as the
     * API writes it into the response (about 1.5 MB); returns the bytes written.
     */
    @Benchmark
    public long personaJsonAnswer() throws IOException {
        return written(personaResult);
    }

    /** The answer with {@code programs=chosen}: only the chosen list. */
    @Benchmark
    public long personaJsonChosenOnly() throws IOException {
        return written(personaResult.chosenOnly());
    }

    /**
     * The four example answers written as the API writes them (the load test's mix: about 3.8 MB, one of them mostly
     * excluded programs); returns the bytes written.
     */
    @Benchmark
    public long examplesJsonAnswers() throws IOException {
        long bytes = 0;
        for (Recommendation answer : exampleAnswers) {
            bytes += written(answer);
        }
        return bytes;
    }

    private static long written(Object answer) throws IOException {
        ByteCounter counter = new ByteCounter();
        Json.compactWriter().writeValue(counter, answer);
        return counter.bytes;
    }

    /** A response stream that only counts what it is sent. */
    private static final class ByteCounter extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Benchmark
    public Recommendation personaSynthetic50k() {
        return recommender.recommend(persona, synthetic, options);
    }
}
