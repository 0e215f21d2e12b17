package org.smartpick.app.web.api;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;
import org.smartpick.app.web.security.SecuritySettings;

/** The real web app on a random port over an H2 file database holding the shipped catalog, with an HTTP client. */
final class ApiServer implements AutoCloseable {
    private final Database database;
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiServer(Path dir, SecuritySettings security) {
        database = Database.open(TestDatabases.h2(dir));
        JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.saveIfEmpty(ShippedCatalog::load);
        app = WebApp.create(new WebDependencies(new CatalogProvider(store), database), security)
                .start(0);
    }

    Javalin app() {
        return app;
    }

    Database database() {
        return database;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, Map.of("Content-Type", contentType), body);
    }

    HttpResponse<String> post(String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
