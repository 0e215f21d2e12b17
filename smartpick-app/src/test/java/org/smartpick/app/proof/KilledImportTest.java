package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.config.Settings;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ProgramBuilder;

/**
 * A child JVM imports a large generated catalog (SYNTHETIC programs) and is killed with SIGKILL while the import
 * runs; the next start must find the catalog exactly as before (same content hash and version), on H2 and on
 * PostgreSQL. On PostgreSQL the kill waits until the child's INSERTs are seen running; on H2 once the database file has
 * grown by a megabyte while the child is still alive.
 */
class KilledImportTest {
    static final int SYNTHETIC_PROGRAMS = 15_000;
    static final long GROWTH_BYTES = 1_000_000;

    @TempDir
    static Path dir;

    static Path bigFile;

    @BeforeAll
    static void writeLargeImportFile() throws IOException {
        Catalog shipped = ShippedCatalog.load();
        List<Program> programs = new ArrayList<>(SYNTHETIC_PROGRAMS);
        for (int n = 0; n < SYNTHETIC_PROGRAMS; n++) {
            Program t = shipped.programs().get(n % shipped.programs().size());
            programs.add(ProgramBuilder.from(t)
                    .id(String.valueOf(9_000_000_000L + n))
                    .name("Synthetic program " + n)
                    .disagreements(List.of())
                    .coreAttributesOnly()
                    .build());
        }
        bigFile = dir.resolve("synthetic-catalog.json");
        try (Writer writer = Files.newBufferedWriter(bigFile, StandardCharsets.UTF_8)) {
            CatalogJson.write(new Catalog(programs, shipped.reference()), writer);
        }
    }

    private record Stored(long version, String sha256) {}

    @Test
    void importKilledHalfwayLeavesTheH2CatalogAsBefore() throws Exception {
        Settings settings = TestDatabases.h2(dir.resolve("h2home"));
        Stored before = stored(settings);
        Map<String, String> env = Map.of("SMARTPICK_HOME", settings.home().toString());
        Path file = settings.home().resolve("db").resolve("smartpick.mv.db");
        long sizeBefore = Files.size(file);
        Process child = startImport(env);
        // The child is saving once the database file grows (H2 writes uncommitted pages as it goes).
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (Files.size(file) < sizeBefore + GROWTH_BYTES && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive())
                .as("the import was still running when killed")
                .isTrue();
        child.destroyForcibly().waitFor();

        assertThat(stored(settings)).isEqualTo(before);
    }

    @Test
    void importKilledHalfwayLeavesThePostgresCatalogAsBefore() throws Exception {
        Settings settings = TestDatabases.postgres();
        try (Database database = Database.open(settings)) {
            TestDatabases.reset(database);
        }
        Stored before = stored(settings);
        Map<String, String> env = new HashMap<>();
        env.put("SMARTPICK_DB_URL", settings.dbUrl().orElseThrow());
        env.put("SMARTPICK_DB_USER", settings.dbUser());
        env.put("SMARTPICK_DB_PASSWORD", settings.dbPassword());
        Process child = startImport(env);
        try (Database watcher = Database.open(settings)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!insertsRunning(watcher)) {
                assertThat(child.isAlive()).as("the child is importing").isTrue();
                assertThat(System.nanoTime())
                        .as("the child's inserts were seen")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
        child.destroyForcibly().waitFor();

        assertThat(stored(settings)).isEqualTo(before);
    }

    private static boolean insertsRunning(Database watcher) {
        return watcher.jdbi()
                        .withHandle(h -> h.createQuery(
                                        "SELECT count(*) FROM pg_stat_activity "
                                                + "WHERE state = 'active' AND query LIKE 'INSERT INTO program%' AND pid <> pg_backend_pid()")
                                .mapTo(Integer.class)
                                .one())
                > 0;
    }

    /** The stored version and content hash; opening the store also recovers whatever the kill left behind. */
    private static Stored stored(Settings settings) {
        try (Database database = Database.open(settings)) {
            JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
            store.saveIfEmpty(ShippedCatalog::load);
            return new Stored(store.version(), CatalogJson.sha256(store.load().orElseThrow()));
        }
    }

    private static Process startImport(Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.smartpick.app.Main",
                "catalog",
                "import",
                bigFile.toString(),
                "--format",
                "json");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("child-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }
}
