package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ChanceWords;
import org.smartpick.app.recommend.CsvReport;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.core.recommend.Recommendation;

/** The pages over HTTP: status codes, escaping, the 404 page, CSRF, saved links, exports and the results page. */
class PagesHttpTest {
    private static final String GENETICS = "non-us-img-genetics.json";

    @TempDir
    static Path home;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(home);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyPageAnswers200() throws Exception {
        for (String path : List.of(
                "/",
                "/?example=" + GENETICS,
                "/programs",
                "/programs?specialty=130&visa=J1",
                "/programs?specialty=140&state=NY&setting=UNIVERSITY&visa=unknown",
                "/data")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void programSearchFiltersByVisaSponsorship() throws Exception {
        String all = server.get("/programs?specialty=140").body();
        String j1 = server.get("/programs?specialty=140&visa=J1").body();

        assertThat(total(j1)).isPositive().isLessThan(total(all));
    }

    @Test
    void programSearchOffersAnySpecialtyAndShowsOnePageOfTwentyWithTheTotal() throws Exception {
        HttpResponse<String> first = server.get("/programs");
        HttpResponse<String> third = server.get("/programs?page=3");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("<option value=\"\" selected>Any specialty (" + catalogSize() + ")</option>")
                .contains("Programs <strong>1–20</strong> of <strong id=\"total\">" + catalogSize() + "</strong>")
                .contains("href=\"/programs?page=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(count(first.body())).isEqualTo(20);
        assertThat(first.body().length()).as("one page, not the whole catalog").isLessThan(100_000);
        assertThat(third.body())
                .contains("Programs <strong>41–60</strong>")
                .contains("href=\"/programs?page=2\" rel=\"prev\"")
                .contains("href=\"/programs?page=4\" rel=\"next\"");
    }

    @Test
    void programSearchListsWhatTheApiListsForTheSameFilters() throws Exception {
        for (String query : List.of(
                "",
                "specialty=140",
                "specialty=140&state=ny&visa=J1",
                "visa=unknown&setting=University",
                "specialty=130&visa=H1B",
                "q=children&size=50&page=2",
                "specialty=140&setting=COMMUNITY&size=100&page=3")) {
            JsonNode api = Json.mapper()
                    .readTree(server.http
                            .send(
                                    HttpRequest.newBuilder(URI.create(server.url("/api/v1/programs?" + query)))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            String page = server.get("/programs?" + query).body();

            List<String> apiIds = new ArrayList<>();
            api.get("items").forEach(item -> apiIds.add(item.get("id").asText()));
            assertThat(ids(page)).as(query).isEqualTo(apiIds);
            assertThat(api.get("total").asInt() == 0 ? 0 : total(page))
                    .as(query)
                    .isEqualTo(api.get("total").asInt());
        }
    }

    @Test
    void programSearchWithBadFiltersSaysWhatIsWrongAndKeepsThem() throws Exception {
        HttpResponse<String> page = server.get("/programs?state=New+York&size=500&utm_source=mail");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Please fix the search")
                .contains("two-letter US state code")
                .contains("size must be a whole number between 1 and 100")
                .doesNotContain("utm_source")
                .contains("value=\"NEW YORK\"");
        assertThat(count(page.body())).isZero();
    }

    @Test
    void programPageShowsItsFactsWithSources() throws Exception {
        String search = server.get("/programs?specialty=140&state=NY").body();
        Matcher link = Pattern.compile("href=\"/programs/([0-9]+)\"").matcher(search);
        assertThat(link.find()).isTrue();

        HttpResponse<String> page = server.get("/programs/" + link.group(1));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Facts, sources and dates").contains("as of");
    }

    @Test
    void unknownProgramGetsTheNotFoundPage() throws Exception {
        HttpResponse<String> page = server.get("/programs/0000000000");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("There is no program with ACGME id '0000000000'")
                .contains("<nav");
    }

    @Test
    void unknownExampleKeepsTheFormAndSaysSo() throws Exception {
        HttpResponse<String> page = server.get("/?example=../../etc/passwd");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("There is no example called '../../etc/passwd'")
                .contains("action=\"/recommend\"");
    }

    @Test
    void unknownAddressGetsTheNotFoundPage() throws Exception {
        HttpResponse<String> page = server.get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void dataPageListsEverySourceWithItsLicenceNote() throws Exception {
        String page = server.get("/data").body();

        assertThat(page).contains("ERAS 2026 residency participating programs").contains("Public directory facts");
    }

    @Test
    void hostileProfileNameIsEscapedEverywhere() throws Exception {
        JsonNode profile = Json.mapper().readTree(TestServer.example(GENETICS));
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile)
                .put("name", "<script>alert(1)</script>\"><img src=x>");

        HttpResponse<String> page = server.post("/recommend", Map.of("profile", profile.toString()), "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void invalidFormComesBackWithTheProblemBesideItsInputAndTheInputKept() throws Exception {
        HttpResponse<String> page = server.post(
                "/recommend",
                Map.of(
                        "name",
                        "Keep me",
                        "applicantType",
                        "NON_US_IMG",
                        "graduationYear",
                        "twenty",
                        "targets[0].specialtyCode",
                        "140",
                        "targets[0].role",
                        "GOAL"),
                "");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"f-graduationYear-error\">Medical school graduation year must be a whole number")
                .contains("value=\"twenty\"")
                .contains("value=\"Keep me\"");
    }

    @Test
    void emptyFormComesBackWithEachRequiredFieldMarkedNot500() throws Exception {
        HttpResponse<String> page = server.post("/recommend", Map.of(), "");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("action=\"/recommend\"")
                .contains("id=\"f-applicantType-error\">Applicant type is required")
                .contains("id=\"f-graduationYear-error\">Medical school graduation year is required")
                .contains("id=\"f-targets-error\">Target specialties: choose at least one specialty")
                .doesNotContain("was 0")
                .doesNotContain("you entered 0");
    }

    @Test
    void everySelectLeftAtItsPlaceholderGetsTheFormBackWithTheInputKept() throws Exception {
        Map<String, String> form = new HashMap<>();
        ProfileForm.inputNames(ProfileForm.MIN_TARGET_ROWS).forEach(name -> form.put(name, ""));
        form.put("name", "Keep me");
        form.put("citizenship", "EG");
        form.put("graduationYear", "2021");
        form.put("usmle.step2ck.score", "236");
        form.put("targets[0].role", "GOAL");

        HttpResponse<String> page = server.post("/recommend", form, "");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"f-applicantType-error\">Applicant type is required")
                .contains("id=\"f-targets-error\">Target specialties")
                .doesNotContain("f-graduationYear-error")
                .doesNotContain("f-usmle-step2ck-score-error")
                .contains("value=\"Keep me\"")
                .contains("value=\"EG\"")
                .contains("value=\"2021\"")
                .contains("value=\"236\"");
    }

    @Test
    void formatAndRangeErrorsAreReportedTogether() throws Exception {
        HttpResponse<String> page = server.post(
                "/recommend",
                Map.of(
                        "applicantType",
                        "NON_US_IMG",
                        "graduationYear",
                        "twenty",
                        "usmle.step2ck.score",
                        "999",
                        "letters.total",
                        "x",
                        "targets[0].specialtyCode",
                        "140",
                        "targets[0].role",
                        "GOAL"),
                "");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains(
                        "id=\"f-graduationYear-error\">Medical school graduation year must be a whole number; you entered \"twenty\"")
                .contains(
                        "id=\"f-usmle-step2ck-score-error\">Step 2 CK score must be between 1 and 300; you entered 999")
                .contains("id=\"f-letters-total-error\">Letters of recommendation must be a whole number")
                .contains("value=\"twenty\"")
                .contains("value=\"999\"");
    }

    @Test
    void aCheckboxProblemAppearsBesideTheCheckboxAndTheSummaryLinksToIt() throws Exception {
        HttpResponse<String> page = server.post(
                "/recommend",
                Map.of(
                        "applicantType",
                        "US_MD",
                        "graduationYear",
                        "2024",
                        "visa.needsSponsorship",
                        "true",
                        "visa.accepts",
                        "J1",
                        "targets[0].specialtyCode",
                        "140",
                        "targets[0].role",
                        "GOAL"),
                "");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("aria-describedby=\"f-visa-needsSponsorship-error\"")
                .contains("id=\"f-visa-needsSponsorship-error\">A US MD graduate needs no visa sponsorship")
                .contains("href=\"#f-visa-needsSponsorship-true\"");
    }

    @Test
    void profileWithoutApplicantTypeInTheHiddenFieldGetsTheFormNot500() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode profile =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(TestServer.example(GENETICS));
        profile.remove("applicantType");

        HttpResponse<String> results =
                server.post("/recommend", Map.of("profile", profile.toString(), "whatif", "step3-passed"), "");
        HttpResponse<String> export =
                server.post("/export.csv", Map.of("profile", profile.toString(), "whatif", "step3-passed"), "");

        assertThat(results.statusCode()).isEqualTo(400);
        assertThat(results.body())
                .contains("id=\"f-applicantType-error\">Applicant type is required")
                .contains("value=\"Example: non-US IMG, low Step 1, aiming for Medical Genetics\"");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(export.body()).contains("Applicant type is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=XYZ"})
    void aMalformedUploadIsABadRequestWithTheFormBack(String contentType) throws Exception {
        HttpRequest broken = HttpRequest.newBuilder(URI.create(server.url("/profile/upload")))
                .header("Content-Type", contentType)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--XYZ\r\nContent-Disposition: form-data; name=\"profileFile\""))
                .build();

        HttpResponse<String> page = server.http.send(broken, HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<nav")
                .contains("The upload could not be read")
                .contains("name=\"profileFile\"");
    }

    @Test
    void aPageAddressAskedWithTheWrongMethodSaysWhichAreAllowed() throws Exception {
        HttpResponse<String> page = server.get("/recommend");

        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).hasValue("POST");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<nav").contains("does not answer a GET request");
    }

    @Test
    void faviconIsServed() throws Exception {
        HttpResponse<String> icon = server.get("/favicon.ico");
        HttpResponse<String> svg = server.get("/favicon.svg");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(server.get("/").body()).contains("rel=\"icon\"");
    }

    @Test
    void saveIsRejectedWithoutTheCsrfToken() throws Exception {
        HttpResponse<String> noToken = server.post("/saved", Map.of("profile", TestServer.example(GENETICS)), "");
        HttpResponse<String> wrongToken = server.post(
                "/saved",
                Map.of("profile", TestServer.example(GENETICS), "csrf", "A".repeat(43)),
                Csrf.COOKIE + "=" + "B".repeat(43));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void savedLinkShowsTheResultsUntilDeleted() throws Exception {
        HttpResponse<String> results = server.post("/recommend", Map.of("profile", TestServer.example(GENETICS)), "");
        String cookie = results.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = hidden(results.body(), "csrf");

        HttpResponse<String> save =
                server.post("/saved", Map.of("profile", TestServer.example(GENETICS), "csrf", token), cookie);
        String link = save.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> open = server.get(link);
        HttpResponse<String> deleteWithoutToken = server.post(link + "/delete", Map.of(), cookie);
        HttpResponse<String> delete = server.post(link + "/delete", Map.of("csrf", token), cookie);

        assertThat(save.statusCode()).isEqualTo(303);
        assertThat(link).matches("/saved/[A-Za-z0-9_-]{43}");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("Saved until").contains("Delete the saved profile");
        assertThat(open.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(deleteWithoutToken.statusCode()).isEqualTo(403);
        assertThat(delete.body()).contains("Your saved profile is deleted");
        assertThat(server.get(link).statusCode()).isEqualTo(404);
    }

    @Test
    void exportsAreWhatTheRecommendCommandPrints() throws Exception {
        String profile = TestServer.example(GENETICS);
        RecommendationService service = service();
        org.smartpick.core.applicant.Profile parsed =
                ProfileJson.parse(profile, Json.mapper()).profile().orElseThrow();
        Recommendation expected = service.recommend(parsed, service.defaultOptions(parsed))
                .recommendation()
                .orElseThrow();

        HttpResponse<String> csv = server.post("/export.csv", Map.of("profile", profile), "");
        HttpResponse<String> json = server.post("/export.json", Map.of("profile", profile), "");

        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(csv.body()).isEqualTo(CsvReport.render(expected.programs()));
        assertThat(Json.mapper().readTree(json.body()))
                .isEqualTo(Json.mapper().readTree(Json.mapper().writeValueAsString(expected)));
    }

    @Test
    void exportsAfterAWhatIfAreForTheProfileAsEnteredAsSaveIs() throws Exception {
        String profile = TestServer.example(GENETICS);
        List<TestServer.Field> withWhatIf = List.of(
                new TestServer.Field("profile", profile),
                new TestServer.Field("whatif", "step3-passed"),
                new TestServer.Field("whatif", "accept-j1"));

        HttpResponse<String> page = server.post("/recommend", withWhatIf, "");
        HttpResponse<String> csv = server.post("/export.csv", withWhatIf, "");
        HttpResponse<String> json = server.post("/export.json", withWhatIf, "");

        assertThat(page.body()).contains("id=\"whatif-note\"").contains("id=\"export-note\"");
        assertThat(page.body().split("name=\"whatif\" value=").length - 1)
                .as("only the toggles carry what-ifs")
                .isEqualTo(page.body().split("type=\"checkbox\" id=\"whatif-").length - 1);
        assertThat(csv.body())
                .isEqualTo(server.post("/export.csv", Map.of("profile", profile), "")
                        .body());
        assertThat(json.body())
                .isEqualTo(server.post("/export.json", Map.of("profile", profile), "")
                        .body());
    }

    @Test
    void resultsPageMarksProgramsOpenOnlyUnderAConditionAndSaysTheChanceCountsOnIt() throws Exception {
        String profile = TestServer.example("non-us-img-h1b-reapplicant.json");
        RecommendationService service = service();
        org.smartpick.core.applicant.Profile parsed =
                ProfileJson.parse(profile, Json.mapper()).profile().orElseThrow();
        Recommendation expected = service.recommend(parsed, service.defaultOptions(parsed))
                .recommendation()
                .orElseThrow();
        String by = expected.summary().conditions().get(0).by().toString();

        HttpResponse<String> page = server.post("/recommend", Map.of("profile", profile), "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p class=\"note\" id=\"conditions-note\">These chances are conditional: they count on "
                        + "Step 3 passed by " + by);
        assertThat(page.body().split("<span class=\"flag condition\">if Step 3 passed by " + by + "</span>").length - 1)
                .isEqualTo(expected.summary().applications());
    }

    @Test
    void resultsPageShowsTheChanceOfTheRecommendationAndACardPerApplication() throws Exception {
        String profile = TestServer.example(GENETICS);
        RecommendationService service = service();
        org.smartpick.core.applicant.Profile parsed =
                ProfileJson.parse(profile, Json.mapper()).profile().orElseThrow();
        Recommendation expected = service.recommend(parsed, service.defaultOptions(parsed))
                .recommendation()
                .orElseThrow();

        HttpResponse<String> page = server.post("/recommend", Map.of("profile", profile), "");

        assertThat(page.statusCode()).isEqualTo(200);
        String chance = ChanceWords.percent(expected.summary().pAtLeastOneMatch());
        assertThat(page.body())
                .contains(ChanceWords.fraction(expected.summary().pAtLeastOneMatch()) + " (<span id=\"p-at-least-one\">"
                        + chance + "</span>)");
        assertThat(page.body())
                .contains(ChanceWords.fraction(expected.summary().pGoalMatch()) + " (<span id=\"p-goal\">"
                        + ChanceWords.percent(expected.summary().pGoalMatch()) + "</span>)");
        // the answer in the order an applicant reads it, the rest behind the details
        assertInOrder(
                page.body(),
                "id=\"p-goal\"",
                "id=\"p-at-least-one\"",
                "id=\"expected-interviews\"",
                "Apply now or strengthen first?",
                "Apply now.",
                "id=\"plan\"",
                "Your list: " + expected.summary().applications() + " programs",
                "Ask the programs before you pay",
                "<details class=\"details\" id=\"details\">",
                "id=\"season-note\"",
                "Where you stand",
                "Cost",
                "How the list was computed");
        assertThat(page.body()).contains("points of the chance of any match come from pathway programs alone");
        if (expected.summary().diminishingReturnsAfter().isPresent()) {
            assertThat(page.body())
                    .contains("<p id=\"flat-curve\">After "
                            + expected.summary().diminishingReturnsAfter().getAsInt()
                            + " applications the curve is flat up to its end");
        } else {
            assertThat(page.body()).doesNotContain("flat-curve").doesNotContain("after about");
        }
        assertThat(page.body())
                .contains("<p class=\"note\" id=\"season-note\">ERAS "
                        + expected.season().year() + " season (residency from");
        assertThat(page.body().split("<article class=\"program\" data-program").length - 1)
                .isEqualTo(expected.summary().applications());
    }

    /**
     * That {@code parts} occur in {@code text} in this order. AssertJ's {@code containsSubsequence} copies the rest of
     * the text after each part it finds, which took minutes on a results page of several megabytes.
     */
    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after character %d", part, from).isNotNegative();
            from = at + part.length();
        }
    }

    private static RecommendationService service() {
        CatalogProvider catalog = new CatalogProvider(new JdbiCatalogStore(server.database.jdbi()));
        return new RecommendationService(
                catalog::current, ShippedPolicies.recommender(), Clock.system(ZoneId.systemDefault()));
    }

    private static int count(String page) {
        return page.split("href=\"/programs/").length - 1;
    }

    /** The program ids a search page links to, in order. */
    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"/programs/([0-9]{10})\"").matcher(page);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    /** The number of programs a search page says it found. */
    private static int total(String page) {
        Matcher total =
                Pattern.compile("<strong id=\"total\">([0-9]+)</strong>").matcher(page);
        assertThat(total.find()).as("the total on the page").isTrue();
        return Integer.parseInt(total.group(1));
    }

    private static int catalogSize() {
        return new CatalogProvider(new JdbiCatalogStore(server.database.jdbi()))
                .current()
                .programs()
                .size();
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }
}
