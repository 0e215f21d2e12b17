package org.smartpick.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-model load generator: sends POST requests with the example profiles at a fixed rate for a fixed time
 * (bounded also by a request count and a cap on requests in flight), then prints throughput, errors and latency
 * percentiles. With several rates it steps up and stops at the first step that misses the goal (the saturation
 * point). Loopback only.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.smartpick.bench.LoadTest URL SECONDS RATE[,RATE...] PROFILE_DIR}
 */
public final class LoadTest {
    static final int MAX_IN_FLIGHT = 256;
    /** The latency goal; {@code -Dsmartpick.loadtest.p99Ms=N} sets another gate (the CI smoke gates on errors). */
    static final double GOAL_P99_MS = Double.parseDouble(System.getProperty("smartpick.loadtest.p99Ms", "100"));
    /**
     * Seconds of one-at-a-time requests before the first step, not counted: a fresh JVM runs the engine interpreted
     * until the JIT has compiled it, and a queue of hundreds of requests in that state measures only the cold start.
     * {@code -Dsmartpick.loadtest.warmupSeconds=0} measures from cold.
     */
    static final int WARMUP_SECONDS = Integer.parseInt(System.getProperty("smartpick.loadtest.warmupSeconds", "20"));

    private LoadTest() {
    }

    /** One step's outcome. */
    record Step(int rate, int seconds, int sent, int ok, int errors, int dropped, double[] sortedMillis, double wallSeconds) {
        double percentile(double q) {
            if (sortedMillis.length == 0) {
                return Double.NaN;
            }
            return sortedMillis[Math.min(sortedMillis.length - 1, (int) Math.ceil(q * sortedMillis.length) - 1)];
        }

        boolean meetsGoal() {
            return errors == 0 && dropped == 0 && percentile(0.99) <= GOAL_P99_MS;
        }

        String report() {
            return String.format(Locale.ROOT, "rate %4d/s for %ds: sent %d, ok %d, errors %d, not sent (too many in flight) %d,"
                    + " throughput %.1f/s, latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f -> %s", rate, seconds, sent, ok,
                    errors, dropped, ok / wallSeconds, percentile(0.5), percentile(0.9), percentile(0.99),
                    percentile(1.0), meetsGoal() ? "meets goal" : "misses goal (0 errors, p99 <= " + GOAL_P99_MS + " ms)");
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadTest URL SECONDS RATE[,RATE...] PROFILE_DIR");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            System.err.println("LoadTest only drives loopback addresses, not " + url.getHost());
            System.exit(2);
        }
        int seconds = Integer.parseInt(args[1]);
        List<byte[]> bodies = profiles(Path.of(args[3]));
        warmUp(url, WARMUP_SECONDS, bodies);
        boolean allMet = true;
        for (String rate : args[2].split(",")) {
            Step step = run(url, seconds, Integer.parseInt(rate.trim()), bodies);
            System.out.println(step.report());
            if (!step.meetsGoal()) {
                System.out.println("saturation: the goal is first missed at " + step.rate() + " requests/s");
                allMet = false;
                break;
            }
        }
        System.exit(allMet ? 0 : 1);
    }

    static List<byte[]> profiles(Path dir) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(f));
            }
        }
        return bodies;
    }

    /** Closed loop: one request at a time for {@code seconds}, answers not counted; prints how many it sent. */
    static void warmUp(URI url, int seconds, List<byte[]> bodies) throws IOException, InterruptedException {
        if (seconds <= 0) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int sent = 0;
        int failed = 0;
        while (System.nanoTime() < end) {
            HttpResponse<Void> response = client.send(request(url, bodies.get(sent % bodies.size())), HttpResponse.BodyHandlers.discarding());
            failed += response.statusCode() == 200 ? 0 : 1;
            sent++;
        }
        System.out.println("warm-up: " + sent + " requests one at a time for " + seconds + " s (not counted; " + failed + " not 200)");
    }

    private static HttpRequest request(URI url, byte[] body) {
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Sends {@code rate} requests a second for {@code seconds}, then waits (bounded) for the answers. */
    static Step run(URI url, int seconds, int rate, List<byte[]> bodies) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int dropped = 0;
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                dropped++;
                continue;
            }
            HttpRequest request = request(url, bodies.get(i % bodies.size()));
            long sent = System.nanoTime();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                millis.add((System.nanoTime() - sent) / 1e6);
                if (failure == null && response.statusCode() == 200) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                inFlight.release();
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // counted below: requests still unanswered are errors
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int answered = millis.size();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int unanswered = pending.size() - answered;
        return new Step(rate, seconds, pending.size(), ok.get(), errors.get() + unanswered, dropped, sorted, wall);
    }
}
