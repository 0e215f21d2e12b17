package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogStore;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.core.program.Catalog;

/**
 * Many readers load the catalog while imports keep replacing it with one of two versions: every read must be one
 * whole version (its content hash is A's or B's), never a mix of the two, on H2 and on PostgreSQL.
 */
class WholeCatalogReadsTest {
    static final long RUN_MILLIS = 4_000;
    static final int READERS = 3;

    @TempDir
    Path dir;

    @Test
    void readersSeeOneWholeVersionWhileImportsRunOnH2() throws Exception {
        try (Database database = Database.open(TestDatabases.h2(dir))) {
            readersSeeWholeVersions(database);
        }
    }

    @Test
    void readersSeeOneWholeVersionWhileImportsRunOnPostgres() throws Exception {
        try (Database database = Database.open(TestDatabases.postgres())) {
            TestDatabases.reset(database);
            readersSeeWholeVersions(database);
        }
    }

    private static void readersSeeWholeVersions(Database database) throws Exception {
        Catalog shipped = ShippedCatalog.load();
        Catalog a = new Catalog(shipped.programs().subList(0, 20), shipped.reference());
        Catalog b = new Catalog(shipped.programs().subList(20, 60), shipped.reference());
        Set<String> versions = Set.of(CatalogJson.sha256(a), CatalogJson.sha256(b));
        CatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.save(a);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        Set<String> torn = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        List<Future<?>> work = new ArrayList<>();
        work.add(pool.submit(() -> {
            while (running.get()) {
                store.save(saves.incrementAndGet() % 2 == 0 ? a : b);
            }
            return null;
        }));
        for (int r = 0; r < READERS; r++) {
            work.add(pool.submit(() -> {
                while (running.get()) {
                    Catalog read = store.load().orElseThrow();
                    String hash = CatalogJson.sha256(read);
                    if (!versions.contains(hash)) {
                        torn.add(read.programs().size() + " programs");
                    }
                    reads.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(RUN_MILLIS);
        running.set(false);
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertThat(saves.get()).as("imports ran").isGreaterThan(5);
        assertThat(reads.get()).as("reads ran").isGreaterThan(10);
        assertThat(torn)
                .as("reads that mixed two versions (of %d reads during %d imports)", reads.get(), saves.get())
                .isEmpty();
    }
}
