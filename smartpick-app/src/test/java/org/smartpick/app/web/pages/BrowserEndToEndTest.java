package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in real headless Chromium: fill the form for the example persona, read the results, export, toggle a
 * what-if, and see validation errors beside their fields (also for the empty form and selects left at their
 * placeholders). Without Chromium or chromedriver (see {@link Chromium}) every test reports itself skipped, except
 * under CI=true where every test fails.
 */
class BrowserEndToEndTest {
    private static final Optional<Chromium> CHROMIUM = Chromium.find();

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
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,4200", "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort().build();
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
        browser.findElement(By.cssSelector("form.profile > button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));

        List<String> tiers = browser.findElements(By.cssSelector(".tier-group h3")).stream().map(WebElement::getText).toList();
        assertThat(tiers).isNotEmpty().allMatch(t -> t.startsWith("Reach") || t.startsWith("Realistic") || t.startsWith("Safety"));
        assertThat(browser.findElement(By.cssSelector("svg.curve polyline.series.chance")).getAttribute("points")).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#plan li"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-filters]")).isDisplayed()).as("script enhanced the filters").isTrue();
        screenshot();

        String csv = exportCsv();
        assertThat(csv.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("selected,tier,signal,program_id"));
        assertThat(csv.lines().filter(l -> l.startsWith("true,")).count())
                .isEqualTo(browser.findElements(By.cssSelector(".tier-group [data-program]")).size());

        double before = percent(browser.findElement(By.id("p-at-least-one")).getText());
        WebElement step3 = browser.findElement(By.id("whatif-step3-passed"));
        step3.click();
        wait.until(ExpectedConditions.stalenessOf(step3));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-note")));
        double after = percent(browser.findElement(By.id("p-at-least-one")).getText());

        assertThat(browser.findElement(By.id("whatif-step3-passed")).isSelected()).isTrue();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void filterByTierHidesTheOtherTiers() {
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        browser.findElement(By.cssSelector("form.profile > button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("p-at-least-one")));

        new Select(browser.findElement(By.id("filter-tier"))).selectByValue("reach");

        List<WebElement> shown = browser.findElements(By.cssSelector(".tier-group [data-program]")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).allMatch(card -> "reach".equals(card.getAttribute("data-tier")));
    }

    @Test
    void validationErrorAppearsBesideItsFieldWithTheInputKept() {
        browser.get(server.url("/?example=non-us-img-genetics.json"));
        WebElement step2 = browser.findElement(By.id("f-usmle-step2ck-score"));
        step2.clear();
        step2.sendKeys("412");
        browser.findElement(By.cssSelector("form.profile > button[type=submit]")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-usmle-step2ck-score-error")));
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
        browser.findElement(By.cssSelector("form.profile > button[type=submit]")).click();

        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-applicantType-error")));
        assertThat(type.getText()).startsWith("Applicant type is required");
        assertThat(browser.findElement(By.id("f-applicantType")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("f-graduationYear-error")).getText()).startsWith("Medical school graduation year is required");
        assertThat(browser.findElement(By.id("f-targets-error")).getText()).startsWith("Target specialties: choose at least one");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("was 0").doesNotContain("went wrong");
        everySummaryLinkLeadsToAnElement();
    }

    @Test
    void selectsLeftAtTheirPlaceholdersComeBackMarkedWithTheInputKept() {
        browser.get(server.url("/"));
        type("name", "Keep me");
        type("graduationYear", "2021");
        type("usmle.step2ck.score", "236");
        assertThat(new Select(browser.findElement(By.id("f-applicantType"))).getFirstSelectedOption().getText()).startsWith("Choose");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode"))).getFirstSelectedOption().getText()).isEqualTo("(none)");
        browser.findElement(By.cssSelector("form.profile > button[type=submit]")).click();

        WebElement type = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-applicantType-error")));
        assertThat(type.getText()).startsWith("Applicant type is required");
        assertThat(browser.findElement(By.id("f-targets-error")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("f-graduationYear-error"))).isEmpty();
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Keep me");
        assertThat(browser.findElement(By.id("f-graduationYear")).getAttribute("value")).isEqualTo("2021");
        assertThat(browser.findElement(By.id("f-usmle-step2ck-score")).getAttribute("value")).isEqualTo("236");
        everySummaryLinkLeadsToAnElement();
    }

    /** Each link of the error summary at the top jumps to an element on the page (an input, a checkbox, a row). */
    private void everySummaryLinkLeadsToAnElement() {
        List<WebElement> links = browser.findElements(By.cssSelector(".error-summary a[href^='#']"));
        assertThat(links).isNotEmpty();
        for (WebElement link : links) {
            String id = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertThat(browser.findElements(By.id(id))).as("summary link #" + id).isNotEmpty();
        }
    }

    @Test
    void uploadedProfileFillsTheForm() {
        browser.get(server.url("/"));
        browser.findElement(By.id("profile-file")).sendKeys(Path.of("..", "examples", "us-md-internal-medicine.json")
                .toAbsolutePath().normalize().toString());
        browser.findElement(By.cssSelector("form.upload button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.note"), "Loaded your file"));
        assertThat(new Select(browser.findElement(By.id("f-applicantType"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("US_MD");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("140");
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
        assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).as("preset keeps the input").isEqualTo("Browser persona");
        assertThat(new Select(browser.findElement(By.id("f-targets-0-specialtyCode"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("130");
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
        String profile = browser.findElement(By.cssSelector("form[action='/export.csv'] input[name=profile]")).getAttribute("value");
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
