package org.smartpick.app.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.smartpick.app.config.Settings;

/** The databases store tests run on: an H2 file in a temp dir, and PostgreSQL from SMARTPICK_TEST_DB_*. */
public final class TestDatabases {
    private TestDatabases() {}

    public static Settings h2(Path dir) {
        return new Settings(dir, Optional.empty(), "", "", 0);
    }

    /** PostgreSQL settings; skipped when SMARTPICK_TEST_DB_URL is unset, unless CI=true where that is a failure. */
    public static Settings postgres() {
        String url = System.getenv("SMARTPICK_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "CI=true but SMARTPICK_TEST_DB_URL is not set: PostgreSQL tests must run in CI");
            }
            assumeTrue(false, "SMARTPICK_TEST_DB_URL not set: PostgreSQL tests skipped");
        }
        return new Settings(
                Path.of(System.getProperty("java.io.tmpdir")),
                Optional.of(url),
                System.getenv().getOrDefault("SMARTPICK_TEST_DB_USER", ""),
                System.getenv().getOrDefault("SMARTPICK_TEST_DB_PASSWORD", ""),
                0);
    }

    /** Empties the catalog tables so each PostgreSQL test starts from version 0 of a fresh schema. */
    public static void reset(Database database) {
        database.jdbi().useHandle(h -> {
            h.execute("DELETE FROM program_disagreement");
            h.execute("DELETE FROM program_fact");
            h.execute("DELETE FROM program");
            h.execute("DELETE FROM data_source");
            h.execute("DELETE FROM catalog_reference");
            h.execute("UPDATE catalog_version SET version = 0, content_sha256 = ''");
        });
    }
}
