package org.smartpick.app.proof;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;
import org.smartpick.app.web.security.SecuritySettings;

/**
 * A real server on loopback over an H2 database in {@code dir} holding the shipped catalog, with the rate limiter
 * lifted: these tests measure input handling and throughput, not the limiter (SafetyTest covers 429).
 */
record ProofServer(Database database, Javalin app) implements AutoCloseable {
    static ProofServer start(Path dir) {
        Database database = Database.open(TestDatabases.h2(dir));
        JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.saveIfEmpty(ShippedCatalog::load);
        Javalin app = WebApp.create(
                        new WebDependencies(new CatalogProvider(store), database),
                        SecuritySettings.defaults().withRateLimit(1_000_000, 1_000_000))
                .start("127.0.0.1", 0);
        return new ProofServer(database, app);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
