package org.smartpick.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-model load generator: sends POST requests with the example profiles at a fixed rate for a fixed time
 * (bounded also by a request count and a cap on requests in flight), then prints throughput, errors and latency
 * percentiles. With several rates it steps up and stops at the first step that misses the goal (the saturation
 * point). Loopback only. Requests go over plain keep-alive HTTP/1.1 connections ({@link Http1Connection}) so that
 * the generator, which shares the server's cores, spends little CPU on the 1.5 MB answers.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.smartpick.bench.LoadTest URL SECONDS RATE[,RATE...] PROFILE_DIR}
 */
public final class LoadTest {
    /**
     * Sending threads, one keep-alive connection each: the most requests in flight at once. A request due when all are
     * busy is not sent and counted; {@code -Dsmartpick.loadtest.connections=N} sets another number.
     */
    static final int MAX_IN_FLIGHT = Integer.getInteger("smartpick.loadtest.connections", 256);
    /** The latency goal; {@code -Dsmartpick.loadtest.p99Ms=N} sets another gate (the CI smoke gates on errors). */
    static final double GOAL_P99_MS = Double.parseDouble(System.getProperty("smartpick.loadtest.p99Ms", "100"));
    /**
     * Seconds of each of the two warm-up phases before the first step, not counted: one request at a time, then
     * requests on the first step's schedule at {@link #WARMUP_PERCENT} of its rate. A fresh JVM runs the engine
     * interpreted until the JIT has compiled it, and a queue of hundreds of requests in that state measures only the
     * cold start; the second phase has the JIT compile the paths concurrent requests take, which one request at a time
     * never reaches (after the first phase alone, the first seconds of every run queued up).
     * {@code -Dsmartpick.loadtest.warmupSeconds=0} measures from cold.
     */
    static final int WARMUP_SECONDS = Integer.parseInt(System.getProperty("smartpick.loadtest.warmupSeconds", "20"));
    /**
     * The second warm-up phase's rate as a percentage of the first step's, so that the step measures the server in
     * the state it settles in at that rate. After a phase at half the rate the first seconds of the step queued up
     * (p99 101-293 ms in the first 5 s, at most 94 ms after). At 100 (the default)
     * the phase is the first step's lead-in: the schedule runs on, on the same threads and connections, and only its
     * last SECONDS are counted, so the slow start falls in the lead-in. {@code -Dsmartpick.loadtest.warmupPercent=50}
     * measures the jump from half the rate on new connections.
     */
    static final int WARMUP_PERCENT = Integer.getInteger("smartpick.loadtest.warmupPercent", 100);

    private LoadTest() {}

    /**
     * The server's process id ({@code -Dsmartpick.loadtest.serverPid=PID}, which scripts/loadtest.sh passes), so that
     * each step also reports the server's CPU per answered request; 0 when not given.
     */
    static final long SERVER_PID = Long.parseLong(System.getProperty("smartpick.loadtest.serverPid", "0"));

    /**
     * One step's outcome, with the CPU seconds the server and this generator used during it (NaN where unknown).
     */
    record Step(
            int rate,
            int seconds,
            int sent,
            int ok,
            int errors,
            int dropped,
            double[] sortedMillis,
            double wallSeconds,
            double serverCpuSeconds,
            double generatorCpuSeconds,
            double[] millisByDue) {
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
            return String.format(
                            Locale.ROOT,
                            "rate %4d/s for %ds: sent %d, ok %d, errors %d, not sent (too many in flight) %d,"
                                    + " throughput %.1f/s, latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f -> %s",
                            rate,
                            seconds,
                            sent,
                            ok,
                            errors,
                            dropped,
                            ok / wallSeconds,
                            percentile(0.5),
                            percentile(0.9),
                            percentile(0.99),
                            percentile(1.0),
                            meetsGoal() ? "meets goal" : "misses goal (0 errors, p99 <= " + GOAL_P99_MS + " ms)")
                    + cpuReport()
                    + timeline();
        }

        /** Seconds of the step's schedule per figure of {@link #timeline}; {@code -Dsmartpick.loadtest.timelineSeconds=N}. */
        static final int TIMELINE_SECONDS = Integer.getInteger("smartpick.loadtest.timelineSeconds", 5);

        /**
         * The p99 latency of the requests due in each stretch of {@link #TIMELINE_SECONDS} seconds, to show when a
         * queue formed (at the start, after a collection, all along); empty for a step shorter than two stretches.
         */
        String timeline() {
            int perStretch = rate * TIMELINE_SECONDS;
            if (millisByDue.length < 2 * perStretch) {
                return "";
            }
            StringBuilder line =
                    new StringBuilder(String.format(Locale.ROOT, "%n  p99 ms by %d s of schedule:", TIMELINE_SECONDS));
            for (int from = 0; from + perStretch <= millisByDue.length; from += perStretch) {
                double[] stretch = Arrays.stream(millisByDue, from, from + perStretch)
                        .filter(m -> !Double.isNaN(m))
                        .sorted()
                        .toArray();
                line.append(
                        stretch.length == 0
                                ? " -"
                                : String.format(
                                        Locale.ROOT,
                                        " %.0f",
                                        stretch[
                                                Math.min(
                                                        stretch.length - 1,
                                                        (int) Math.ceil(0.99 * stretch.length) - 1)]));
            }
            return line.toString();
        }

        /**
         * CPU per answered request of the server and the generator, how many of the machine's cores they kept busy,
         * and the rate those costs would allow with every core busy (queues grow long well before it).
         */
        String cpuReport() {
            if (ok == 0 || Double.isNaN(generatorCpuSeconds)) {
                return "";
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double generatorMs = 1000 * generatorCpuSeconds / ok;
            if (Double.isNaN(serverCpuSeconds)) {
                return String.format(
                        Locale.ROOT,
                        "%n  CPU per answered request: generator %.2f ms (server unknown: no server pid)",
                        generatorMs);
            }
            double serverMs = 1000 * serverCpuSeconds / ok;
            return String.format(
                    Locale.ROOT,
                    "%n  CPU per answered request: server %.2f ms, generator %.2f ms; %.2f of %d cores busy;"
                            + " at these costs %d cores answer at most %.0f/s",
                    serverMs,
                    generatorMs,
                    (serverCpuSeconds + generatorCpuSeconds) / wallSeconds,
                    cores,
                    cores,
                    cores * 1000 / (serverMs + generatorMs));
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
        String[] rates = args[2].split(",");
        int firstRate = Integer.parseInt(rates[0].trim());
        int warmRate = (int) ((long) firstRate * WARMUP_PERCENT / 100);
        // At the first step's own rate the warm-up is that step's lead-in, on the same threads and connections.
        int leadIn = WARMUP_SECONDS > 0 && warmRate == firstRate ? WARMUP_SECONDS : 0;
        if (WARMUP_SECONDS > 0 && warmRate > 0 && leadIn == 0) {
            Step warm = run(url, 0, WARMUP_SECONDS, warmRate, bodies).counted();
            System.out.printf(
                    Locale.ROOT,
                    "warm-up: %d requests at %d/s for %d s (not counted; %d not 200, p99 %.0f ms)%n",
                    warm.sent(),
                    warmRate,
                    WARMUP_SECONDS,
                    warm.errors(),
                    warm.percentile(0.99));
        }
        boolean allMet = true;
        for (String rate : rates) {
            Run run = run(url, leadIn, seconds, Integer.parseInt(rate.trim()), bodies);
            if (leadIn > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "warm-up: %d requests at %d/s for %d s, then the step on the same connections"
                                + " (not counted; %d not 200, p99 %.0f ms)%n",
                        run.leadIn().sent(),
                        firstRate,
                        leadIn,
                        run.leadIn().errors(),
                        run.leadIn().percentile(0.99));
                leadIn = 0;
            }
            Step step = run.counted();
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
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(f));
            }
        }
        return bodies;
    }

    /** Closed loop: one request at a time for {@code seconds}, answers not counted; prints how many it sent. */
    static void warmUp(URI url, int seconds, List<byte[]> bodies) throws IOException {
        if (seconds <= 0) {
            return;
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int sent = 0;
        int failed = 0;
        try (Http1Connection connection = new Http1Connection(url)) {
            while (System.nanoTime() < end) {
                failed += connection.post(bodies.get(sent % bodies.size())) == 200 ? 0 : 1;
                sent++;
            }
        }
        System.out.println("warm-up: " + sent + " requests one at a time for " + seconds + " s (not counted; " + failed
                + " not 200)");
    }

    /** One scheduled request: which profile it sends, when it was due to leave and the tally it is counted in. */
    private record Due(int index, long dueNanos, Tally tally) {}

    /** The answers to one part of a run (its lead-in or its counted requests), by place in the part's schedule. */
    private static final class Tally {
        final double[] millisByDue;
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        int dropped;

        Tally(int requests) {
            millisByDue = new double[requests];
            Arrays.fill(millisByDue, Double.NaN);
        }

        Step step(int rate, int seconds, double wallSeconds, double serverCpuSeconds, double generatorCpuSeconds) {
            int sent = millisByDue.length - dropped;
            double[] sorted = Arrays.stream(millisByDue)
                    .filter(m -> !Double.isNaN(m))
                    .sorted()
                    .toArray();
            return new Step(
                    rate,
                    seconds,
                    sent,
                    ok.get(),
                    errors.get() + sent - sorted.length,
                    dropped,
                    sorted,
                    wallSeconds,
                    serverCpuSeconds,
                    generatorCpuSeconds,
                    millisByDue);
        }
    }

    /** A run's counted step and its lead-in (empty when it had none). */
    record Run(Step leadIn, Step counted) {}

    /**
     * A sending thread's hand-off: the scheduler puts the next due request here once it took the thread off the idle
     * stack.
     */
    private record Sender(BlockingQueue<Due> slot) {}

    /**
     * Sends {@code rate} requests a second for {@code leadInSeconds} and then {@code seconds} more, then waits
     * (bounded) for the answers; only the last {@code seconds} are counted, their CPU measured from the first counted
     * request's due time. A scheduler hands each request at its due time to one of {@link #MAX_IN_FLIGHT} sending
     * threads, each with its own keep-alive connection; a request finding every thread busy is not sent and counted.
     * Latency runs from the due time. The thread that became idle last takes the next request, as HTTP client pools
     * reuse the connection used last: the connections in use stay warm, and more are opened only when more requests
     * are in flight at once. (A first-in-first-out hand-off sent each request over another of the 256 connections,
     * each idle for over a second, and the first seconds of every step queued up. A step on new threads and
     * connections still began slowly after a warm-up at its own rate; run on from the warm-up's, it did not.)
     */
    static Run run(URI url, int leadInSeconds, int seconds, int rate, List<byte[]> bodies) throws InterruptedException {
        int leadIn = rate * leadInSeconds;
        int total = leadIn + rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        Tally leadInTally = new Tally(leadIn);
        Tally counted = new Tally(total - leadIn);
        CountDownLatch finished = new CountDownLatch(total);
        Deque<Sender> idle = new ConcurrentLinkedDeque<>();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < MAX_IN_FLIGHT; t++) {
            Sender sender = new Sender(new ArrayBlockingQueue<>(1));
            idle.push(sender);
            Thread thread = new Thread(() -> send(url, bodies, sender, idle, finished), "load-sender-" + t);
            thread.setDaemon(true);
            thread.start();
            senders.add(thread);
        }
        double serverCpuBefore = serverCpu();
        double generatorCpuBefore = ProcessCpu.self().seconds().orElse(Double.NaN);
        long start = System.nanoTime();
        long countedStart = start;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (i == leadIn && leadIn > 0) {
                serverCpuBefore = serverCpu();
                generatorCpuBefore = ProcessCpu.self().seconds().orElse(Double.NaN);
                countedStart = due;
            }
            Tally tally = i < leadIn ? leadInTally : counted;
            Sender sender = idle.poll();
            if (sender == null) {
                tally.dropped++;
                finished.countDown();
                continue;
            }
            sender.slot().add(new Due(i < leadIn ? i : i - leadIn, due, tally));
        }
        finished.await(60, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - countedStart) / 1e9;
        double serverCpuSeconds = serverCpu() - serverCpuBefore;
        double generatorCpuSeconds = ProcessCpu.self().seconds().orElse(Double.NaN) - generatorCpuBefore;
        senders.forEach(Thread::interrupt);
        return new Run(
                leadInTally.step(rate, leadInSeconds, Double.NaN, Double.NaN, Double.NaN),
                counted.step(rate, seconds, wall, serverCpuSeconds, generatorCpuSeconds));
    }

    private static double serverCpu() {
        return SERVER_PID > 0 ? ProcessCpu.of(SERVER_PID).seconds().orElse(Double.NaN) : Double.NaN;
    }

    /** A sending thread: sends the requests handed to it over its own connection until interrupted, back on the idle stack after each. */
    private static void send(URI url, List<byte[]> bodies, Sender sender, Deque<Sender> idle, CountDownLatch finished) {
        try (Http1Connection connection = new Http1Connection(url)) {
            while (true) {
                Due due = sender.slot().take();
                boolean answered;
                try {
                    answered = connection.post(bodies.get(due.index() % bodies.size())) == 200;
                } catch (IOException e) {
                    answered = false;
                }
                double latency = (System.nanoTime() - due.dueNanos()) / 1e6;
                Tally tally = due.tally();
                // Each index is written by one thread; the latch below publishes it to the reader.
                tally.millisByDue[due.index()] = latency;
                (answered ? tally.ok : tally.errors).incrementAndGet();
                idle.push(sender);
                finished.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
