package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.app.config.Settings;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;

/**
 * The server reaches PostgreSQL through a proxy the test cuts: /health answers 503 promptly while the database is
 * unreachable and 200 again once it returns, without a restart.
 */
class HealthWhenDatabaseGoesAwayTest {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void healthIs503WhileTheDatabaseIsUnreachableAndRecovers() throws Exception {
        Settings direct = TestDatabases.postgres();
        URI db = URI.create(direct.dbUrl().orElseThrow().substring("jdbc:".length()));
        try (CuttableProxy proxy = new CuttableProxy(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort())) {
            Settings viaProxy = new Settings(
                    direct.home(),
                    Optional.of("jdbc:postgresql://127.0.0.1:" + proxy.port() + db.getPath()),
                    direct.dbUser(),
                    direct.dbPassword(),
                    0);
            try (Database database = Database.open(viaProxy)) {
                JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
                store.saveIfEmpty(ShippedCatalog::load);
                Javalin app = WebApp.create(new WebDependencies(new CatalogProvider(store), database))
                        .start("127.0.0.1", 0);
                try {
                    assertThat(health(app).statusCode()).isEqualTo(200);

                    proxy.cut();
                    long start = System.nanoTime();
                    HttpResponse<String> down = health(app);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertThat(down.statusCode()).isEqualTo(503);
                    assertThat(down.body()).contains("\"database\" : \"down\"");
                    Outputs.assertNoStackTrace(down.body(), "/health while cut");
                    assertThat(millis)
                            .as("answer time while the database is down")
                            .isLessThan(10_000);

                    proxy.restore();
                    assertThat(eventually200(app)).isTrue();
                } finally {
                    app.stop();
                }
            }
        }
    }

    private boolean eventually200(Javalin app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (health(app).statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private HttpResponse<String> health(Javalin app) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
