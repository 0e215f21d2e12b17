package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI-sized load smoke: a fixed-rate, bounded stream of {@code POST /api/v1/recommendations} with every example
 * profile against a server on loopback; every request must be answered with 200. Latency goals are measured by
 * {@code scripts/loadtest.sh} and reported in docs/benchmarks.md, not asserted here.
 */
class LoadSmokeTest {
    static final int REQUESTS = 40;
    static final long INTERVAL_MS = 250;

    @TempDir
    static Path dir;

    static ProofServer server;

    @BeforeAll
    static void start() {
        server = ProofServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRequestAtAFixedRateIsAnswered() throws Exception {
        List<String> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                profiles.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(server.url("/api/v1/recommendations"));
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long due = start + i * INTERVAL_MS * 1_000_000;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(profiles.get(i % profiles.size())))
                    .build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).hasSize(REQUESTS).containsOnly(200);
    }
}
