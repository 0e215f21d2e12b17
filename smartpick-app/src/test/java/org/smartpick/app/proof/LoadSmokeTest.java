package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;
import org.smartpick.app.web.security.SecuritySettings;

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
    static Database database;
    static Javalin app;

    @BeforeAll
    static void start() {
        database = Database.open(TestDatabases.h2(dir));
        JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.saveIfEmpty(ShippedCatalog::load);
        app = WebApp.create(new WebDependencies(new CatalogProvider(store), database),
                SecuritySettings.defaults().withRateLimit(1_000_000, 1_000_000)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    @Test
    void everyRequestAtAFixedRateIsAnswered() throws Exception {
        List<String> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                profiles.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + app.port() + "/api/v1/recommendations");
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        List<Long> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long due = start + i * INTERVAL_MS * 1_000_000;
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(profiles.get(i % profiles.size()))).build();
            long sent = System.nanoTime();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> {
                latenciesMs.add((System.nanoTime() - sent) / 1_000_000);
                return r.statusCode();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).hasSize(REQUESTS).containsOnly(200);
        List<Long> sorted = new ArrayList<>(latenciesMs);
        Collections.sort(sorted);
        System.out.printf("load smoke: %d requests at %d/s, p50 %d ms, max %d ms%n", REQUESTS, 1000 / INTERVAL_MS,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
}
