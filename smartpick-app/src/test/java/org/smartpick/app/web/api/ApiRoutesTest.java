package org.smartpick.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.web.security.SecuritySettings;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRoutesTest {
    private static final String JSON = "application/json";
    private static final String RECOMMENDATIONS = "/api/v1/recommendations";

    private ApiServer server;
    private String persona;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = new ApiServer(dir, SecuritySettings.defaults().withRateLimit(100_000, 100_000));
        persona = Files.readString(Path.of("../examples/us-md-internal-medicine.json"), StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void recommendationIsTheCliJsonWithoutIndentation() throws Exception {
        HttpResponse<String> response = server.post(RECOMMENDATIONS, JSON, persona);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(JSON));
        CatalogProvider catalog =
                new CatalogProvider(new JdbiCatalogStore(server.database().jdbi()));
        RecommendationService service = new RecommendationService(
                catalog::current, ShippedPolicies.recommender(), Clock.system(ZoneId.systemDefault()));
        var expected = service.recommend(
                ProfileJson.parse(persona, Json.mapper()).profile().orElseThrow(), service.defaultOptions());
        assertThat(response.body())
                .isEqualTo(Json.compactWriter()
                        .writeValueAsString(expected.recommendation().orElseThrow()));
    }

    @Test
    void budgetProgramsQueryOptionCapsTheList() throws Exception {
        JsonNode body = json(server.post(RECOMMENDATIONS + "?budgetPrograms=3", JSON, persona), 200);

        assertThat(body.at("/summary/applications").asInt()).isBetween(1, 3);
    }

    @Test
    void budgetOptionsInTheBodyEnvelopeWinOverTheQuery() throws Exception {
        String envelope = "{\"profile\": " + persona + ", \"options\": {\"budgetPrograms\": 2}}";

        JsonNode body = json(server.post(RECOMMENDATIONS + "?budgetPrograms=8", JSON, envelope), 200);

        assertThat(body.at("/summary/applications").asInt()).isBetween(1, 2);
    }

    @Test
    void seasonOptionWorksAsOnTheCommandLineAndTheAnswerSaysWhatIsCarriedOver() throws Exception {
        JsonNode asked = json(server.post(RECOMMENDATIONS + "?season=2026&programs=chosen", JSON, persona), 200);
        assertThat(asked.at("/season/year").asInt()).isEqualTo(2026);
        assertThat(asked.at("/season/carriedOverFrom").isNull())
                .as(asked.get("season").toString())
                .isTrue();

        String envelope = "{\"profile\": " + persona + ", \"options\": {\"season\": 2029, \"programs\": \"chosen\"}}";
        JsonNode later = json(server.post(RECOMMENDATIONS + "?season=2026", JSON, envelope), 200);
        assertThat(later.at("/season/year").asInt()).isEqualTo(2029);
        assertThat(later.at("/season/carriedOverFrom").asInt()).isEqualTo(2026);
        assertThat(later.at("/season/carriedOver"))
                .extracting(t -> t.get("table").asText())
                .contains("fees", "calendar");
        assertThat(later.at("/season/statement").asText()).contains("ERAS 2029 season", "carried over");

        JsonNode errors = json(server.post(RECOMMENDATIONS + "?season=1999", JSON, persona), 400);
        assertThat(fields(errors)).containsExactly("season");
    }

    @Test
    void programsChosenListsOnlyTheChosenListWithTheSameSummary() throws Exception {
        JsonNode all = json(server.post(RECOMMENDATIONS, JSON, persona), 200);

        JsonNode chosen = json(server.post(RECOMMENDATIONS + "?programs=chosen", JSON, persona), 200);

        int applications = all.at("/summary/applications").asInt();
        assertThat(chosen.get("summary")).isEqualTo(all.get("summary"));
        assertThat(chosen.get("programs")).hasSize(applications);
        chosen.get("programs")
                .forEach(p -> assertThat(p.get("selected").asBoolean()).isTrue());
        assertThat(all.get("programs").size()).isGreaterThan(applications);
        int leftOut = all.get("programs").size() - applications;
        assertThat(chosen.get("notes").get(chosen.get("notes").size() - 1).asText())
                .contains(applications + " chosen programs", leftOut + " other eligible programs");
    }

    @Test
    void programsOptionInTheEnvelopeWinsAndBadValuesNameTheField() throws Exception {
        String envelope = "{\"profile\": " + persona + ", \"options\": {\"programs\": \"chosen\"}}";
        JsonNode body = json(server.post(RECOMMENDATIONS + "?programs=eligible", JSON, envelope), 200);
        assertThat(body.get("programs"))
                .hasSize(body.at("/summary/applications").asInt());

        String bad = "{\"profile\": " + persona + ", \"options\": {\"programs\": [\"all\"]}}";
        JsonNode errors = json(server.post(RECOMMENDATIONS + "?programs=some", JSON, bad), 400);
        assertThat(fields(errors)).containsExactly("programs", "options.programs");
        assertThat(errors.at("/errors/0/message").asText()).contains("eligible", "chosen", "some");
    }

    @Test
    void wrongTypesAreAllListedWithTheirFieldPaths() throws Exception {
        String profile = persona.replace("\"graduationYear\": 2027", "\"graduationYear\": \"soon\"")
                .replace("\"score\": 241", "\"score\": \"high\"");

        List<String> fields = fields(json(server.post(RECOMMENDATIONS, JSON, profile), 400));

        assertThat(fields).contains("graduationYear", "usmle.step2ck.score");
    }

    @Test
    void formatAndRangeErrorsAreListedTogetherInPlainWords() throws Exception {
        String profile = persona.replace("\"graduationYear\": 2027", "\"graduationYear\": \"soon\"")
                .replace("\"score\": 241", "\"score\": 999");

        JsonNode body = json(server.post(RECOMMENDATIONS, JSON, profile), 400);

        assertThat(fields(body)).containsExactlyInAnyOrder("graduationYear", "usmle.step2ck.score");
        assertThat(messages(body))
                .containsExactlyInAnyOrder(
                        "Medical school graduation year must be a whole number; you entered \"soon\"",
                        "Step 2 CK score must be between 1 and 300; you entered 999");
    }

    @Test
    void aMissingApplicantTypeIsRequiredNot500() throws Exception {
        String profile = persona.replaceFirst("\"applicantType\": \"[A-Z_]+\",", "");

        JsonNode body = json(server.post(RECOMMENDATIONS, JSON, profile), 400);

        assertThat(fields(body)).containsExactly("applicantType");
        assertThat(messages(body).get(0)).startsWith("Applicant type is required");
    }

    @Test
    void aWrongMethodGets405WithAllow() throws Exception {
        HttpResponse<String> response = server.get(RECOMMENDATIONS);

        assertThat(fields(json(response, 405))).containsExactly("method");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void unknownSpecialtyCodeInTheTargetsIsBadInput() throws Exception {
        String profile = persona.replace("\"specialtyCode\": \"140\"", "\"specialtyCode\": \"123\"");

        JsonNode body = json(server.post(RECOMMENDATIONS, JSON, profile), 400);

        assertThat(fields(body)).containsExactly("targets[0].specialtyCode");
        assertThat(body.at("/errors/0/message").asText()).contains("123");
    }

    @Test
    void badBudgetOptionsAndUnknownParametersAreListedTogether() throws Exception {
        List<String> fields = fields(
                json(server.post(RECOMMENDATIONS + "?budgetUsd=lots&budgetPrograms=0&tier=A", JSON, persona), 400));

        assertThat(fields).containsExactly("tier", "budgetUsd", "budgetPrograms");
    }

    @Test
    void brokenJsonNamesItsLine() throws Exception {
        JsonNode body = json(server.post(RECOMMENDATIONS, JSON, "{\n\"name\": \"x\",\n"), 400);

        assertThat(fields(body)).containsExactly("profile");
        assertThat(body.at("/errors/0/message").asText()).contains("not valid JSON", "line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "42", "null", "\"a profile\""})
    void aBodyThatIsNotAnObjectIsBadInput(String body) throws Exception {
        assertThat(fields(json(server.post(RECOMMENDATIONS, JSON, body), 400))).containsExactly("profile");
    }

    @Test
    void formBodiesAreRefusedAsUnsupportedMediaType() throws Exception {
        JsonNode body = json(server.post(RECOMMENDATIONS, "application/x-www-form-urlencoded", "name=x"), 415);

        assertThat(fields(body)).containsExactly("Content-Type");
    }

    @Test
    void aBodyWithoutContentTypeIsRefused() throws Exception {
        HttpResponse<String> response = server.send(
                HttpRequest.newBuilder(server.uri(RECOMMENDATIONS)).POST(HttpRequest.BodyPublishers.ofString(persona)));

        assertThat(fields(json(response, 415))).containsExactly("Content-Type");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedUnparsedAndTheClientGetsThe413() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(SecuritySettings.DEFAULT_MAX_BODY_BYTES) + "\"}";

        // Repeated: a server that answers while the client still sends makes the client lose the answer now and then.
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(fields(json(server.post(RECOMMENDATIONS, JSON, huge), 413)))
                    .containsExactly("body");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
        byte[] huge = ("{\"name\": \"" + "x".repeat(SecuritySettings.DEFAULT_MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(RECOMMENDATIONS))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));

        assertThat(fields(json(response, 413))).containsExactly("body");
    }

    @Test
    void programsAreFilteredBySpecialtyAndStateWithSourcesOnEveryFact() throws Exception {
        JsonNode body = json(server.get("/api/v1/programs?specialty=140&state=ny&size=100"), 200);

        assertThat(body.get("total").asInt()).isPositive();
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(100);
        for (JsonNode program : body.get("items")) {
            assertThat(program.get("specialtyCode").asText()).isEqualTo("140");
            assertThat(program.get("state").asText()).isEqualTo("NY");
            for (JsonNode fact : program.get("facts")) {
                assertThat(fact.has("sourceId") && fact.has("source") && fact.has("asOf") && fact.has("known"))
                        .isTrue();
            }
        }
    }

    @Test
    void pagesSplitTheSameOrderedList() throws Exception {
        JsonNode ten = json(server.get("/api/v1/programs?specialty=140&size=10"), 200);
        JsonNode secondFive = json(server.get("/api/v1/programs?specialty=140&size=5&page=2"), 200);

        assertThat(ids(secondFive.get("items"))).isEqualTo(ids(ten.get("items")).subList(5, 10));
        assertThat(secondFive.get("total").asInt()).isEqualTo(ten.get("total").asInt());
    }

    @Test
    void visaFilterKeepsOnlyProgramsStatingThatSponsorship() throws Exception {
        JsonNode body = json(server.get("/api/v1/programs?visa=J1&size=100"), 200);

        assertThat(body.get("items")).isNotEmpty();
        for (JsonNode program : body.get("items")) {
            assertThat(fact(program, "visa_j1").get("value").asText()).isEqualTo("YES");
        }
    }

    @Test
    void unknownVisaFilterKeepsProgramsThatMustBeVerified() throws Exception {
        JsonNode body = json(server.get("/api/v1/programs?visa=unknown&size=100"), 200);

        for (JsonNode program : body.get("items")) {
            assertThat(fact(program, "visa_j1").get("known").asBoolean()
                            && fact(program, "visa_h1b").get("known").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void textSearchMatchesNameInstitutionOrCity() throws Exception {
        JsonNode first =
                json(server.get("/api/v1/programs?size=1"), 200).get("items").get(0);
        String city = first.get("city").asText();

        JsonNode found = json(
                server.get("/api/v1/programs?size=100&q="
                        + java.net.URLEncoder.encode(city.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)),
                200);

        assertThat(ids(found.get("items"))).contains(first.get("id").asText());
    }

    @Test
    void everyBadFilterIsListed() throws Exception {
        JsonNode body = json(
                server.get(
                        "/api/v1/programs?specialty=123&state=New%20York&visa=F1&setting=rural&page=0&size=1000&sort=name"),
                400);

        assertThat(fields(body))
                .containsExactlyInAnyOrder("sort", "specialty", "state", "visa", "setting", "page", "size");
    }

    @Test
    void programByIdIsTheSameAsInTheList() throws Exception {
        JsonNode listed = json(server.get("/api/v1/programs?specialty=140&size=1"), 200)
                .get("items")
                .get(0);

        JsonNode program =
                json(server.get("/api/v1/programs/" + listed.get("id").asText()), 200);

        assertThat(program).isEqualTo(listed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "12345", "not-an-id"})
    void unknownOrMalformedProgramIdIsNotFound(String id) throws Exception {
        assertThat(fields(json(server.get("/api/v1/programs/" + id), 404))).containsExactly("id");
    }

    @Test
    void specialtiesCountTheirPrograms() throws Exception {
        JsonNode specialties = json(server.get("/api/v1/specialties"), 200);
        JsonNode internalMedicine = null;
        for (JsonNode s : specialties) {
            if (s.get("code").asText().equals("140")) {
                internalMedicine = s;
            }
        }

        assertThat(internalMedicine).isNotNull();
        assertThat(internalMedicine.get("cycle").asText()).isEqualTo("RESIDENCY_SEPTEMBER");
        assertThat(internalMedicine.get("programCount").asInt())
                .isEqualTo(json(server.get("/api/v1/programs?specialty=140"), 200)
                        .get("total")
                        .asInt());
        List<String> codes = new ArrayList<>();
        specialties.forEach(s -> codes.add(s.get("code").asText()));
        assertThat(codes).isSorted();
    }

    @Test
    void wrongMethodIsMethodNotAllowed() throws Exception {
        HttpResponse<String> response = server.send(
                HttpRequest.newBuilder(server.uri("/api/v1/programs")).DELETE());

        assertThat(fields(json(response, 405))).containsExactly("method");
    }

    @Test
    void unknownApiPathIsNotFoundAsJson() throws Exception {
        assertThat(fields(json(server.get("/api/v1/nothing-here"), 404))).containsExactly("path");
    }

    @Test
    void adminImportDoesNotExistWithoutAToken() throws Exception {
        HttpResponse<String> response = server.post(
                CatalogImportRoute.PATH,
                Map.of("Content-Type", "text/csv", "Authorization", "Bearer guess-guess-guess-guess"),
                "acgme_program_id,attribute,value,source,as_of\n");

        assertThat(fields(json(response, 404))).containsExactly("path");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/health",
                "/api/v1/specialties",
                "/api/v1/programs/0000000000",
                "/api/openapi.json",
                "/",
                "/smartpick.css"
            })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void errorResponsesCarryTheSecurityHeadersToo() {
        HttpResponse<String> response = server.post(RECOMMENDATIONS, "text/plain", "x");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void healthSaysTheDatabaseIsUp() throws Exception {
        JsonNode body = json(server.get("/health"), 200);

        assertThat(body.get("database").asText()).isEqualTo("up");
        assertThat(body.get("programs").asInt()).isPositive();
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(JSON));
        return Json.mapper().readTree(response.body());
    }

    static List<String> fields(JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.get("errors").forEach(e -> {
            assertThat(e.get("message").asText()).isNotBlank();
            fields.add(e.get("field").asText());
        });
        return fields;
    }

    static List<String> messages(JsonNode body) {
        List<String> messages = new ArrayList<>();
        body.get("errors").forEach(e -> messages.add(e.get("message").asText()));
        return messages;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private static JsonNode fact(JsonNode program, String attribute) {
        for (JsonNode fact : program.get("facts")) {
            if (fact.get("attribute").asText().equals(attribute)) {
                return fact;
            }
        }
        throw new AssertionError("no fact " + attribute + " in " + program);
    }
}
