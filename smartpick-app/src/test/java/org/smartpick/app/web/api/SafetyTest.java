package org.smartpick.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.app.web.api.ApiRoutesTest.fields;
import static org.smartpick.app.web.api.ApiRoutesTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.web.security.SecuritySettings;

class SafetyTest {
    private static final String TOKEN = "test-admin-token-0123456789";
    private static final String FACTS_HEADER = "acgme_program_id,attribute,value,source,as_of\n";

    /** Shared: the shipped catalog is stored once, later servers find it (each test starts its own server). */
    @TempDir
    static Path dir;

    @Test
    void aClientOverItsBurstGets429WithRetryAfterWhileHealthStaysOpen() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults().withRateLimit(3, 1))) {
            for (int i = 0; i < 3; i++) {
                assertThat(server.get("/api/v1/specialties").statusCode()).isEqualTo(200);
            }

            HttpResponse<String> refused = server.get("/api/v1/programs");

            assertThat(fields(json(refused, 429))).containsExactly("client");
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(s -> assertThat(s).isPositive());
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void staticAssetsDoNotCountAgainstTheRateLimit() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults().withRateLimit(2, 1))) {
            for (int i = 0; i < 5; i++) {
                for (String asset :
                        List.of("/smartpick.css", "/print.css", "/smartpick.js", "/favicon.ico", "/favicon.svg")) {
                    assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
                }
            }

            assertThat(server.get("/api/v1/specialties").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v1/specialties").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v1/specialties").statusCode()).isEqualTo(429);
            assertThat(server.get("/smartpick.css").statusCode())
                    .as("assets stay open to a limited client")
                    .isEqualTo(200);
        }
    }

    @Test
    void behindABalancerEachForwardedClientHasItsOwnBucket() throws Exception {
        SecuritySettings settings =
                SecuritySettings.defaults().withRateLimit(1, 1).withClientAddressHeader("X-Forwarded-For");
        try (ApiServer server = new ApiServer(dir, settings)) {
            HttpResponse<String> first = forwardedFor(server, "203.0.113.7");
            HttpResponse<String> other = forwardedFor(server, "forged, 203.0.113.8");
            HttpResponse<String> again = forwardedFor(server, "forged-differently, 203.0.113.7");

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(again.statusCode()).isEqualTo(429);
        }
    }

    private static HttpResponse<String> forwardedFor(ApiServer server, String chain) {
        return server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/specialties"))
                .header("X-Forwarded-For", chain)
                .GET());
    }

    @Test
    void importWithoutTheAdminTokenIsForbidden() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults().withAdminToken(TOKEN))) {
            HttpResponse<String> noToken = server.post(CatalogImportRoute.PATH, "text/csv", FACTS_HEADER);
            HttpResponse<String> wrongToken = server.post(
                    CatalogImportRoute.PATH,
                    Map.of("Content-Type", "text/csv", "Authorization", "Bearer " + TOKEN + "x"),
                    FACTS_HEADER);

            assertThat(fields(json(noToken, 403))).containsExactly("Authorization");
            assertThat(fields(json(wrongToken, 403))).containsExactly("Authorization");
        }
    }

    @Test
    void importWithBadRowsListsEveryProblemAndChangesNothing() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults().withAdminToken(TOKEN))) {
            long before = new JdbiCatalogStore(server.database().jdbi()).version();
            String id = firstProgramId(server);
            String csv = FACTS_HEADER + id + ",min_step2_score,400,Program website,2026-01-15\n" + id
                    + ",no_such_attribute,1,Program website,2026-01-15\n";

            JsonNode body = json(admin(server, csv), 400);

            assertThat(body.get("errors").size()).isEqualTo(2);
            assertThat(new JdbiCatalogStore(server.database().jdbi()).version()).isEqualTo(before);
        }
    }

    @Test
    void importWithTheTokenStoresTheNewFactAndTheApiServesIt() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults().withAdminToken(TOKEN))) {
            String id = firstProgramId(server);
            String csv = FACTS_HEADER + id + ",min_step2_score,233,Program website,2026-01-15\n";

            JsonNode result = json(admin(server, csv), 200);
            JsonNode program = json(server.get("/api/v1/programs/" + id), 200);

            assertThat(result.get("changed").asBoolean()).isTrue();
            JsonNode minStep2 = null;
            for (JsonNode fact : program.get("facts")) {
                if (fact.get("attribute").asText().equals("min_step2_score")) {
                    minStep2 = fact;
                }
            }
            assertThat(minStep2.get("value").asText()).isEqualTo("233");
            assertThat(minStep2.get("sourceId").asText()).isEqualTo("program-website");
            assertThat(minStep2.get("asOf").asText()).isEqualTo("2026-01-15");
            assertThat(json(admin(server, csv), 200).get("changed").asBoolean()).isFalse();
        }
    }

    @Test
    void healthIsUnavailableWhenTheDatabaseIsDown() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults())) {
            server.database().close();

            JsonNode body = json(server.get("/health"), 503);

            assertThat(body.get("database").asText()).isEqualTo("down");
            assertThat(body.get("status").asText()).isEqualTo("unavailable");
        }
    }

    private static HttpResponse<String> admin(ApiServer server, String csv) {
        return server.post(
                CatalogImportRoute.PATH + "?format=facts-csv",
                Map.of("Content-Type", "text/csv; charset=utf-8", "Authorization", "Bearer " + TOKEN),
                csv);
    }

    private static String firstProgramId(ApiServer server) throws Exception {
        return json(server.get("/api/v1/programs?size=1"), 200)
                .at("/items/0/id")
                .asText();
    }
}
