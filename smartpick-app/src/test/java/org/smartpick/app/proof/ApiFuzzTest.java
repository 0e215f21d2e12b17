package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.json.Json;
import org.smartpick.app.web.security.SecuritySettings;

/**
 * Sends hostile profiles, parameters and content types to {@code POST /api/v1/recommendations} on a real server:
 * zero 5xx, no stack trace in any body, and every error a JSON {@code errors} list whose entries name a field. The
 * CI slice is {@value #CI_SLICE} cases; {@code -Dsmartpick.fuzz.cases=10000} runs the full set.
 */
class ApiFuzzTest {
    static final long SEED = 20_260_702L;
    static final int CI_SLICE = 1_500;
    static final String[] CONTENT_TYPES = {
        "text/plain",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded",
        "",
        "application/json; charset=latin1",
        "APPLICATION/JSON",
        "*/*"
    };
    static final String[][] HOSTILE_QUERIES = {
        {"budgetUsd", "-1"},
        {"budgetUsd", "1e9"},
        {"budgetPrograms", "0"},
        {"budgetPrograms", "abc"},
        {"budgetPrograms", "9".repeat(50)},
        {"season", "1999"},
        {"budgetUsd", ""},
        {"x".repeat(3_000), "1"},
        {"budgetUsd", "\u0000"},
        {"budgetPrograms", "2.5"}
    };

    @TempDir
    static Path dir;

    static ProofServer server;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = ProofServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hostileRequestsGetFieldNamedErrorsNeverA5xxOrStackTrace() throws Exception {
        int count = HostileProfiles.caseCount(CI_SLICE);
        SplittableRandom random = new SplittableRandom(SEED);
        int rejected = 0;
        int oversized = 0;
        for (HostileProfiles.Case c :
                HostileProfiles.fromExamples(Json.mapper()).generate(SEED, count)) {
            String contentType = "application/json";
            // Valid cases run a whole recommendation; a small program budget keeps the slice quick.
            String query = "?budgetPrograms=3";
            String context = c.preview();
            int roll = random.nextInt(10);
            if (roll == 0) {
                contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                context = "Content-Type '" + contentType + "', " + context;
            } else if (roll == 1) {
                String[] q = HOSTILE_QUERIES[random.nextInt(HOSTILE_QUERIES.length)];
                query = "?" + URLEncoder.encode(q[0], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(q[1], StandardCharsets.UTF_8);
                context = "query " + query.substring(0, Math.min(60, query.length())) + ", " + context;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.app().port() + "/api/v1/recommendations" + query))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError(
                        "connection lost (" + e.getMessage() + ") instead of an answer: " + context, e);
            }
            if (c.body().length > SecuritySettings.DEFAULT_MAX_BODY_BYTES) {
                // Above the body limit: a 413 naming the body, received whole although the body was not parsed.
                assertThat(response.statusCode())
                        .as("status for an oversized body: %s", context)
                        .isEqualTo(413);
                oversized++;
            }
            assertThat(response.statusCode())
                    .as("status for %s: %s", context, Outputs.clip(response.body()))
                    .isLessThan(500);
            Outputs.assertNoStackTrace(response.body(), context);
            if (response.statusCode() != 200) {
                rejected++;
                assertNamesFields(response, context);
            }
        }
        assertThat(rejected).as("most hostile cases are rejected").isGreaterThan(count / 2);
        assertThat(oversized).as("the cases include bodies over the limit").isPositive();
    }

    private static void assertNamesFields(HttpResponse<String> response, String context) throws Exception {
        assertThat(response.statusCode()).as(context).isBetween(400, 499);
        JsonNode errors = Json.mapper().readTree(response.body()).path("errors");
        assertThat(errors.isArray() && errors.size() > 0)
                .as("errors list in %s for %s", response.body(), context)
                .isTrue();
        for (JsonNode error : errors) {
            assertThat(error.path("field").asText())
                    .as("field of %s for %s", error, context)
                    .isNotBlank();
            assertThat(error.path("message").asText())
                    .as("message of %s for %s", error, context)
                    .isNotBlank();
            assertThat(error.path("field").asText() + error.path("message").asText())
                    .as(context)
                    .doesNotContain("\n");
        }
    }
}
