package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ChanceWords;

/**
 * The web app in real headless Chromium: fill the form for the example persona, read the results, export, toggle a
 * what-if (then export and save the profile as entered), see validation errors beside their fields (also for the empty
 * form and selects left at their placeholders), page through the programs, fit every page on a 390 px phone screen,
 * and pass axe-core's serious and critical accessibility rules (src/test/resources/axe). Without Chromium or chromedriver (see {@link Chromium}) every test reports itself skipped, except
 * under CI=true where every test fails.
 */
class BrowserEndToEndTest {
    private static final Optional<Chromium> CHROMIUM = Chromium.find();
    private static final long PHONE_WIDTH = 390;
    /** The SHA-256 axe-core's sri-history.json gives for axe.min.js 4.14.1. */
    private static final String AXE_SHA256 = "KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw=";

    private static String axeSource;

    @TempDir
    static Path home;

    @TempDir
    Path profileDir;

    private static TestServer server;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() {
        if (CHROMIUM.isPresent()) {
            server = TestServer.start(home);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        Chromium chromium = Chromium.require(CHROMIUM);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,4200",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void examplePersonaGetsTiersChartAndPlanAndAWhatIfChangesTheChance() throws Exception {
        browser.get(server.url("/"));
        fillGeneticsPersona();
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));

        List<String> tiers = browser.findElements(By.cssSelector(".tier-group h3")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(tiers)
                .isNotEmpty()
                .allMatch(t -> t.startsWith("Reach") || t.startsWith("Realistic") || t.startsWith("Safety"));
        assertThat(browser.findElement(By.cssSelector("svg.curve polyline.series.chance"))
                        .getAttribute("points"))
                .isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#plan li"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-filters]")).isDisplayed())
                .as("script enhanced the filters")
                .isTrue();
        screenshot();

        String csv = exportCsv();
        assertThat(csv.lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("selected,tier,tier_reason,signal,program_id"));
        assertThat(csv.lines().filter(l -> l.startsWith("true,")).count())
                .isEqualTo(browser.findElements(By.cssSelector(".tier-group [data-program]"))
                        .size());

        double before = percent(browser.findElement(By.id("p-at-least-one")).getText());
        WebElement step3 = browser.findElement(By.id("whatif-step3-passed"));
        step3.click();
        wait.until(ExpectedConditions.stalenessOf(step3));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-note")));
        double after = percent(browser.findElement(By.id("p-at-least-one")).getText());

        assertThat(browser.findElement(By.id("whatif-step3-passed")).isSelected())
                .isTrue();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void filterByTierHidesTheOtherTiers() {
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));

        new Select(browser.findElement(By.id("filter-tier"))).selectByValue("reach");

        List<WebElement> shown = browser.findElements(By.cssSelector(".tier-group [data-program]")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        assertThat(shown).allMatch(card -> "reach".equals(card.getAttribute("data-tier")));
    }

    @Test
    void validationErrorAppearsBesideItsFieldWithTheInputKept() {
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        WebElement step2 = browser.findElement(By.id("f-usmle-step2ck-score"));
        step2.clear();
        step2.sendKeys("412");
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();

        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-usmle-step2ck-score-error")));
        assertThat(error.getText()).contains("412");
        WebElement input = browser.findElement(By.id("f-usmle-step2ck-score"));
        assertThat(input.getAttribute("value")).isEqualTo("412");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value"))
                .isEqualTo("Example: non-US IMG, low Step 1, aiming for Medical Genetics");
    }

    @Test
    void emptyFormComesBackWithEachErrorBesideItsField() {
        browser.get(server.url("/"));
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();

        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-applicantType-error")));
        assertThat(type.getText()).startsWith("Applicant type is required");
        assertThat(browser.findElement(By.id("f-applicantType")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("f-graduationYear-error")).getText())
                .startsWith("Medical school graduation year is required");
        assertThat(browser.findElement(By.id("f-targets-error")).getText())
                .startsWith("Target specialties: choose at least one");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("was 0")
                .doesNotContain("went wrong");
        everySummaryLinkLeadsToAnElement();
    }

    @Test
    void selectsLeftAtTheirPlaceholdersComeBackMarkedWithTheInputKept() {
        browser.get(server.url("/"));
        type("name", "Keep me");
        type("graduationYear", "2021");
        type("usmle.step2ck.score", "236");
        assertThat(new Select(browser.findElement(By.id("f-applicantType")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Choose");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("(none)");
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();

        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-applicantType-error")));
        assertThat(type.getText()).startsWith("Applicant type is required");
        assertThat(browser.findElement(By.id("f-targets-error")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("f-graduationYear-error"))).isEmpty();
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Keep me");
        assertThat(browser.findElement(By.id("f-graduationYear")).getAttribute("value"))
                .isEqualTo("2021");
        assertThat(browser.findElement(By.id("f-usmle-step2ck-score")).getAttribute("value"))
                .isEqualTo("236");
        everySummaryLinkLeadsToAnElement();
    }

    /** Each link of the error summary at the top jumps to an element on the page (an input, a checkbox, a row). */
    private void everySummaryLinkLeadsToAnElement() {
        List<WebElement> links = browser.findElements(By.cssSelector(".error-summary a[href^='#']"));
        assertThat(links).isNotEmpty();
        for (WebElement link : links) {
            String id = link.getAttribute("href")
                    .substring(link.getAttribute("href").indexOf('#') + 1);
            assertThat(browser.findElements(By.id(id)))
                    .as("summary link #" + id)
                    .isNotEmpty();
        }
    }

    @Test
    void uploadedProfileFillsTheForm() {
        browser.get(server.url("/"));
        browser.findElement(By.id("profile-file"))
                .sendKeys(Path.of("..", "examples", "us-md-internal-medicine.json")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        browser.findElement(By.cssSelector("form.upload button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.note"), "Loaded your file"));
        assertThat(new Select(browser.findElement(By.id("f-applicantType")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("US_MD");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("140");
    }

    @Test
    void everyPageFitsAPhoneScreenAndTheChartLabelsStayLegible() {
        phoneScreen();
        Map<String, String> tooWide = new LinkedHashMap<>();
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        measure("the form", tooWide);
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));
        measure("the results", tooWide);
        double chartTextPx = ((Number) script("var svg = document.querySelector('svg.curve');"
                        + "var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                        + "return parseFloat(getComputedStyle(svg.querySelector('text.axis')).fontSize) * scale;"))
                .doubleValue();
        browser.get(server.url("/programs"));
        measure("/programs", tooWide);
        browser.get(server.url("/programs?specialty=140&visa=J1&size=100"));
        measure("/programs, 100 Internal Medicine programs", tooWide);
        String program = browser.findElement(By.cssSelector("table.programs a[href^='/programs/']"))
                .getAttribute("href");
        browser.get(program);
        measure("a program page", tooWide);
        browser.get(server.url("/data"));
        measure("/data", tooWide);

        assertThat(tooWide)
                .as("pages wider than a 390 px phone screen, with what sticks out")
                .isEmpty();
        assertThat(chartTextPx).as("the chart's label size on the phone, in px").isGreaterThanOrEqualTo(11);
    }

    @Test
    void programSearchPagesThroughAnySpecialtyWithTheApisFilters() {
        browser.get(server.url("/programs"));

        assertThat(new Select(browser.findElement(By.id("q-specialty")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Any specialty");
        assertThat(browser.findElements(By.cssSelector("table.programs tbody tr")))
                .hasSize(20);
        String firstPage =
                browser.findElement(By.cssSelector("table.programs tbody tr a")).getText();
        browser.findElement(By.id("next-page")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("previous-page")));
        assertThat(browser.findElement(By.id("found")).getText()).startsWith("Programs 21–40 of");
        assertThat(browser.findElement(By.cssSelector("table.programs tbody tr a"))
                        .getText())
                .isNotEqualTo(firstPage);

        new Select(browser.findElement(By.id("q-specialty"))).selectByValue("140");
        browser.findElement(By.id("q-state")).sendKeys("ny");
        new Select(browser.findElement(By.id("q-visa"))).selectByValue("J1");
        browser.findElement(By.id("q-text")).sendKeys("new york");
        browser.findElement(By.cssSelector("form.search button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("found"), "found"));

        assertThat(browser.getCurrentUrl())
                .contains("specialty=140")
                .contains("state=ny")
                .doesNotContain("page=2");
        assertThat(browser.findElement(By.id("q-state")).getAttribute("value")).isEqualTo("NY");
        assertThat(browser.findElements(By.cssSelector("table.programs tbody tr td[data-label=Place]")))
                .isNotEmpty()
                .allSatisfy(place -> assertThat(place.getText()).endsWith(", NY"));
    }

    @Test
    void exportsAndSaveAfterAWhatIfAreForTheProfileAsEnteredAndThePageSaysSo() throws Exception {
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));
        String asEntered = browser.findElement(By.id("p-at-least-one")).getText();
        int chosen = browser.findElements(By.cssSelector(".tier-group [data-program]"))
                .size();
        assertThat(browser.findElements(By.id("export-note"))).isEmpty();

        WebElement step3 = browser.findElement(By.id("whatif-step3-passed"));
        step3.click();
        wait.until(ExpectedConditions.stalenessOf(step3));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-note")));
        assertThat(browser.findElement(By.id("p-at-least-one")).getText()).isNotEqualTo(asEntered);
        assertThat(browser.findElement(By.id("export-note")).getText()).contains("without the what-ifs");

        JsonNode json = Json.mapper().readTree(postAsTheBrowserWould("/export.json"));
        String csv = postAsTheBrowserWould("/export.csv");
        assertThat(ChanceWords.percent(json.at("/summary/pAtLeastOneMatch").asDouble()))
                .isEqualTo(asEntered);
        assertThat(csv.lines().filter(l -> l.startsWith("true,")).count()).isEqualTo(chosen);

        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved-link")));
        assertThat(browser.findElement(By.id("p-at-least-one")).getText())
                .as("the saved link")
                .isEqualTo(asEntered);
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheFormResultsProgramsProgramAndDataPages() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        violations.put("the form", axeViolations());
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));
        script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        violations.put("the results, every detail open", axeViolations());
        browser.get(server.url("/"));
        browser.findElement(By.cssSelector("form.profile > button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-applicantType-error")));
        violations.put("the form with errors", axeViolations());
        browser.get(server.url("/programs?specialty=130"));
        violations.put("/programs", axeViolations());
        browser.get(browser.findElement(By.cssSelector("table.programs a[href^='/programs/']"))
                .getAttribute("href"));
        violations.put("a program page", axeViolations());
        browser.get(server.url("/data"));
        violations.put("/data", axeViolations());
        script(
                "var img = document.createElement('img'); img.src = '/favicon.svg'; document.querySelector('main').appendChild(img);");
        List<String> control = axeViolations();

        assertThat(control)
                .as("axe runs: an image without alt text is a critical violation")
                .anySatisfy(v -> assertThat(v).startsWith("critical image-alt"));
        assertThat(violations)
                .allSatisfy(
                        (page, found) -> assertThat(found).as("axe on %s", page).isEmpty());
    }

    /** Narrows the page to a phone's 390 px (a desktop-style viewport, so a page wider than it scrolls sideways). */
    private void phoneScreen() {
        ((HasCdp) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Notes the page when it is wider than the window, with every closed detail opened first, naming the elements
     * that stick out (those not inside a box that scrolls on its own).
     */
    private void measure(String page, Map<String, String> tooWide) {
        script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        List<?> widths = (List<?>) script("return [document.documentElement.scrollWidth, window.innerWidth];");
        long scrollWidth = ((Number) widths.get(0)).longValue();
        long innerWidth = ((Number) widths.get(1)).longValue();
        assertThat(innerWidth).as("the window is a phone's width").isEqualTo(PHONE_WIDTH);
        if (scrollWidth > innerWidth) {
            tooWide.put(
                    page,
                    scrollWidth + " px: "
                            + script("var out = [];"
                                    + "document.querySelectorAll('body *').forEach(function (e) {"
                                    + "  for (var box = e.parentElement; box; box = box.parentElement) {"
                                    + "    if (getComputedStyle(box).overflowX !== 'visible') { return; } }"
                                    + "  var right = e.getBoundingClientRect().right;"
                                    + "  if (right > window.innerWidth + 1 && out.length < 8) { out.push(e.tagName.toLowerCase() + "
                                    + "    (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' to ' + Math.round(right)); } });"
                                    + "return out.join(', ');"));
        }
    }

    /** The serious and critical violations axe-core finds on the page as it is, one line each. */
    private List<String> axeViolations() {
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        if (axeSource == null) {
            axeSource = readAxe();
        }
        script(axeSource);
        Object found = ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (results) {"
                        + "  done(results.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.length + ', e.g. '"
                        + "      + v.nodes[0].target.join(' ') + ')'; })); },"
                        + "  function (error) { done(['axe failed: ' + error]); });");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Posts a results-page form's fields, as its button would, and returns the answer's body. */
    private String postAsTheBrowserWould(String action) throws Exception {
        List<TestServer.Field> fields =
                browser.findElements(By.cssSelector("form[action='" + action + "'] input[name]")).stream()
                        .map(input -> new TestServer.Field(input.getAttribute("name"), input.getAttribute("value")))
                        .toList();
        HttpResponse<String> answer = server.post(action, fields, "");
        assertThat(answer.statusCode()).as(action).isEqualTo(200);
        return answer.body();
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    private static String readAxe() {
        try (InputStream in = BrowserEndToEndTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in)
                    .as("axe-core on the test classpath (src/test/resources/axe)")
                    .isNotNull();
            byte[] bytes = in.readAllBytes();
            String sha256 = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha256).as("axe.min.js is axe-core 4.14.1 as published").isEqualTo(AXE_SHA256);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Types the persona of examples/non-us-img-genetics.json, using the genetics preset for the targets. */
    private void fillGeneticsPersona() {
        type("name", "Browser persona");
        new Select(browser.findElement(By.id("f-applicantType"))).selectByValue("NON_US_IMG");
        type("citizenship", "EG");
        type("graduationYear", "2021");
        check("ecfmgCertified-true");
        check("visa-needsSponsorship-true");
        check("visa-accepts-J1");
        check("visa-accepts-H1B");
        new Select(browser.findElement(By.id("f-usmle-step1-result"))).selectByValue("PASS");
        type("usmle.step2ck.score", "236");
        type("usClinicalExperience.handsOnMonths", "3");
        type("usClinicalExperience.observershipMonths", "4");
        type("specialtyExperience.specialty", "Medical Genetics and Genomics");
        type("specialtyExperience.months", "8");
        type("research.publications", "1");
        type("research.abstracts", "2");
        type("research.posters", "2");
        type("research.inSpecialty", "3");
        type("letters.total", "4");
        type("letters.us", "3");
        type("letters.fromSpecialty", "2");
        type("preferences.states", "NY, NJ, PA, OH, MI, IL, TX");
        type("budget.maxUsd", "2000");
        browser.findElement(By.cssSelector("button[name=preset]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.note"), "Targets set"));
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value"))
                .as("preset keeps the input")
                .isEqualTo("Browser persona");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("130");
    }

    private void type(String name, String text) {
        WebElement input = browser.findElement(By.id(ProfilePage.id(name)));
        input.clear();
        input.sendKeys(text);
    }

    private void check(String idSuffix) {
        WebElement box = browser.findElement(By.id("f-" + idSuffix.replace('.', '-')));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Fetches the CSV export with the profile the page carries, as the Download CSV button would post it. */
    private String exportCsv() throws Exception {
        String profile = browser.findElement(By.cssSelector("form[action='/export.csv'] input[name=profile]"))
                .getAttribute("value");
        HttpResponse<String> csv = server.post("/export.csv", Map.of("profile", profile), "");
        assertThat(csv.statusCode()).isEqualTo(200);
        return csv.body();
    }

    private void screenshot() throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", "results.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").trim());
    }
}
