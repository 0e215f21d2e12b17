package org.smartpick.app.web.pages;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;
import org.smartpick.app.web.WebApp;
import org.smartpick.app.web.WebDependencies;

/** The web app on a random port over a fresh H2 database in a temp home holding the shipped catalog. */
final class TestServer implements AutoCloseable {
    final Database database;
    final Javalin app;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Database database, Javalin app) {
        this.database = database;
        this.app = app;
    }

    static TestServer start(Path home) {
        Database database = Database.open(TestDatabases.h2(home));
        JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.saveIfEmpty(ShippedCatalog::load);
        Javalin app = WebApp.create(new WebDependencies(new CatalogProvider(store), database))
                .start(0);
        return new TestServer(database, app);
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One field of a posted form; a form may hold several of the same name. */
    record Field(String name, String value) {}

    /** Posts a urlencoded form, with a cookie header when given. */
    HttpResponse<String> post(String path, Map<String, String> form, String cookie)
            throws IOException, InterruptedException {
        return post(
                path,
                form.entrySet().stream()
                        .map(e -> new Field(e.getKey(), e.getValue()))
                        .toList(),
                cookie);
    }

    /** Posts a urlencoded form with its fields in order, with a cookie header when given. */
    HttpResponse<String> post(String path, List<Field> form, String cookie) throws IOException, InterruptedException {
        String body = form.stream()
                .map(f -> encode(f.name()) + "=" + encode(f.value()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String example(String file) throws IOException {
        return Files.readString(Path.of("..", "examples", file), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
