package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;

/** Regression from the API fuzz: a sizeable body of the wrong media type gets its 415, not a dropped connection. */
class UnsupportedBodyTest {
    @TempDir
    Path dir;

    @Test
    void aLargeFormBodyIsAnswered415() throws Exception {
        try (Database database = Database.open(TestDatabases.h2(dir))) {
            JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
            store.saveIfEmpty(ShippedCatalog::load);
            Javalin app = WebApp.create(new WebDependencies(new CatalogProvider(store), database))
                    .start("127.0.0.1", 0);
            try {
                String body = "{\"name\":" + "[".repeat(12_000) + "]".repeat(12_000) + "}";
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://127.0.0.1:" + app.port() + "/api/v1/recommendations"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(415);
                assertThat(response.body()).contains("\"field\":\"Content-Type\"");
            } finally {
                app.stop();
            }
        }
    }
}
