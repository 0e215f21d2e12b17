package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.Database;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.store.TestDatabases;

/** Starts the web app on a random port over a real H2 database holding the shipped catalog. */
class WebAppTest {
    @TempDir
    static Path home;

    static Database database;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        database = Database.open(TestDatabases.h2(home));
        JdbiCatalogStore store = new JdbiCatalogStore(database.jdbi());
        store.saveIfEmpty(ShippedCatalog::load);
        app = WebApp.create(new WebDependencies(new CatalogProvider(store), database))
                .start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsTheDatabaseAndCatalog() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("database").asText()).isEqualTo("up");
        assertThat(body.get("programs").asInt()).isEqualTo(5417);
    }

    @Test
    void landingPageIsTheProfileFormAndLinksToTheProgramSearchAndSources() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("action=\"/recommend\"")
                .contains("href=\"/programs\"")
                .contains("5417")
                .contains("href=\"/data\"");
        assertThat(get("/data").body()).contains("FREIDA");
    }

    @Test
    void programSearchShowsFactsWithSourceAndDateAndUnknownsAsVerify() throws Exception {
        HttpResponse<String> response = get("/programs?specialty=140&state=NY&q=NYU");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html)
                .contains("NYU Grossman School of Medicine")
                .contains("as of 2025-03-28")
                .contains("FREIDA Internal Medicine program pages")
                .contains("unknown, verify with the program")
                .doesNotContain("Birmingham, AL")
                .contains("href=\"/data\"");
        assertThat(get("/data").body()).contains("restrict redistribution");
    }

    @Test
    void geneticsProgramsAreSearchable() throws Exception {
        String html = get("/programs?specialty=765&q=Baylor").body();
        assertThat(html).contains("Baylor College of Medicine").contains("combined");
        assertThat(html).contains("<option value=\"130\"");
    }

    @Test
    void htmlIsEscapedAndHasNoInlineScript() throws Exception {
        String html = get("/programs?specialty=140&state=%3Cscript%3E").body();
        assertThat(html).doesNotContain("<script>").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        assertThat(get("/smartpick.css").statusCode()).isEqualTo(200);
    }
}
