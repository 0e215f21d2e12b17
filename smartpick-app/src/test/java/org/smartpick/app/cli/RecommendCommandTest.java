package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/** Runs {@code recommend} in-process against one embedded database, as a user would from the shell. */
class RecommendCommandTest {
    private static final String PERSONA = "../examples/non-us-img-genetics.json";

    @TempDir
    static Path home;

    @TempDir
    Path files;

    private static JsonNode persona;
    private static Catalog catalog;

    @BeforeAll
    static void recommendForThePersona() throws IOException {
        CliRun run = CliRun.run(home, "recommend", "--profile", PERSONA, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        persona = Json.mapper().readTree(run.out());
        catalog = ShippedCatalog.load();
    }

    @Test
    void jsonHasTheDocumentedShape() {
        assertThat(persona.get("programs")).isNotEmpty();
        JsonNode first = persona.get("programs").get(0);
        for (String field : List.of(
                "id",
                "specialtyCode",
                "eligible",
                "verify",
                "pInterview",
                "pMatch",
                "reasons",
                "tier",
                "selected",
                "signal")) {
            assertThat(first.has(field)).as("program field %s", field).isTrue();
        }
        for (String field : List.of("pAtLeastOneMatch", "upperBound", "applications", "totalCostUsd", "feeLines")) {
            assertThat(persona.get("summary").has(field))
                    .as("summary field %s", field)
                    .isTrue();
        }
        assertThat(persona.get("curve").get(0).get("applications").asInt()).isEqualTo(1);
        assertThat(persona.get("excluded").get(0).get("reasons").get(0).has("rule"))
                .isTrue();
        assertThat(persona.get("plan").get(0).get("priority").asInt()).isEqualTo(1);
        assertThat(persona.has("assessment")).isTrue();
    }

    @Test
    void withoutSeasonTheAnswerIsForTheNextSeasonOpenTodayAndSaysWhatItCarriesOver() {
        int nextOpen = ShippedPolicies.shippedSeasonCalendar().nextOpenSeason(LocalDate.now(ZoneId.systemDefault()));
        JsonNode season = persona.get("season");

        assertThat(season.get("year").asInt()).isEqualTo(nextOpen);
        assertThat(season.get("nextOpenSeason").asInt()).isEqualTo(nextOpen);
        assertThat(season.get("statement").asText())
                .contains("ERAS " + nextOpen + " season", "the next season you can still apply to");
        assertThat(season.get("calendar")).hasSize(11);
    }

    @Test
    void seasonWithoutPublishedFeesUsesTheNewestAndSaysSo() throws IOException {
        CliRun run = CliRun.run(home, "recommend", "--profile", PERSONA, "--format", "json", "--season", "2028");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = Json.mapper().readTree(run.out());

        assertThat(answer.at("/season/year").asInt()).isEqualTo(2028);
        assertThat(answer.at("/season/carriedOverFrom").asInt()).isEqualTo(2026);
        assertThat(answer.at("/season/carriedOver"))
                .extracting(t -> t.get("table").asText())
                .containsExactly("fees", "signals", "calendar");
        assertThat(answer.at("/season/carriedOver/0/detail").asText())
                .isEqualTo("the 2026 fellowship and residency fee schedules");
        assertThat(answer.at("/summary/feeLines"))
                .allSatisfy(line -> assertThat(line.get("label").asText())
                        .satisfiesAnyOf(
                                label -> assertThat(label).startsWith("ERAS 2026 "),
                                label -> assertThat(label).startsWith("USMLE"),
                                label -> assertThat(label).startsWith("ECFMG")));

        CliRun text = CliRun.run(home, "recommend", "--profile", PERSONA, "--format", "text", "--season", "2028");
        assertThat(text.out().replaceAll("\\s+", " "))
                .contains(
                        "For the 2028 season",
                        "Its fees, signal allowances and dates are not all published yet; those of 2026 stand in.");
        CliRun full = CliRun.run(
                home, "recommend", "--profile", PERSONA, "--format", "text", "--season", "2028", "--full-detail");
        assertThat(full.out().replaceAll("\\s+", " "))
                .contains(
                        "ERAS 2028 season",
                        "Not on file for 2028, so carried over from earlier seasons",
                        "the 2026 fellowship and residency fee schedules",
                        "The 2028 season's dates");
    }

    @Test
    void noEligibleProgramStatesItSponsorsNoneOfThePersonasVisas() {
        int inferredNo = 0;
        for (JsonNode p : persona.get("programs")) {
            Program program = catalog.findProgram(p.get("id").asText()).orElseThrow();
            boolean sponsorsNone = program.j1Visa().statedValue().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.NO
                    && program.h1bVisa().statedValue().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.NO;
            assertThat(sponsorsNone)
                    .as("program %s states it sponsors neither J-1 nor H-1B but is listed eligible", program.id())
                    .isFalse();
            // An answer inferred from another program never excludes: it is a point to verify.
            if (!program.j1Visa().isStated()
                    && program.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.NO) {
                inferredNo++;
                assertThat(p.get("verify").toString())
                        .as("program %s", program.id())
                        .contains("sponsors the visas you accept");
            }
        }
        assertThat(inferredNo)
                .as("programs with an inferred J-1 'no' kept as verify")
                .isPositive();
    }

    @Test
    void everyUnknownVisaPolicyIsMarkedVerify() {
        for (JsonNode p : persona.get("programs")) {
            Program program = catalog.findProgram(p.get("id").asText()).orElseThrow();
            boolean j1Unknown = program.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.UNKNOWN;
            boolean h1bUnknown = program.h1bVisa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.UNKNOWN;
            boolean anyYes = program.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.YES
                    || program.h1bVisa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.YES;
            if ((j1Unknown || h1bUnknown) && !anyYes) {
                assertThat(p.get("verify").toString())
                        .as("program %s has an unknown visa policy", program.id())
                        .containsIgnoringCase("visa");
            }
        }
    }

    @Test
    void listSpansGoalTracksAndPathwaysWithinTheBudgetAndSignalAllowances() {
        JsonNode summary = persona.get("summary");
        assertThat(summary.get("totalCostUsd").asInt()).isBetween(1, 2000);
        int feeSum = 0;
        for (JsonNode line : summary.get("feeLines")) {
            feeSum += line.get("amountUsd").asInt();
        }
        assertThat(feeSum).isEqualTo(summary.get("totalCostUsd").asInt());
        String achieved =
                summary.get("objective").asText().equals("EXPECTED_UTILITY") ? "expectedUtility" : "pAtLeastOneMatch";
        assertThat(summary.get("upperBound").asDouble())
                .isGreaterThanOrEqualTo(summary.get(achieved).asDouble() - 1e-9);
        Map<String, Integer> selectedBySpecialty = new HashMap<>();
        Map<String, Integer> signalsUsed = new HashMap<>();
        for (JsonNode p : persona.get("programs")) {
            if (p.get("selected").asBoolean()) {
                selectedBySpecialty.merge(p.get("specialtyCode").asText(), 1, Integer::sum);
                assertThat(p.get("tier").asText()).isIn("Reach", "Realistic", "Safety");
                assertThat(p.get("reasons")).isNotEmpty();
                if (!p.get("signal").isNull()) {
                    signalsUsed.merge(
                            p.get("specialtyCode").asText() + "/"
                                    + p.get("signal").asText(),
                            1,
                            Integer::sum);
                }
            }
        }
        assertThat(selectedBySpecialty.keySet())
                .containsAnyOf("130", "765", "766")
                .containsAnyOf("140", "320");
        for (JsonNode use : summary.get("signals")) {
            String key =
                    use.get("specialtyCode").asText() + "/" + use.get("kind").asText();
            assertThat(signalsUsed.getOrDefault(key, 0))
                    .isEqualTo(use.get("used").asInt())
                    .isLessThanOrEqualTo(use.get("allowed").asInt());
        }
    }

    @Test
    void textReportIsTheShortAnswerAndFullDetailAddsEverythingBehindIt() {
        CliRun run = CliRun.run(home, "recommend", "--profile", PERSONA, "--format", "text", "--budget-usd", "800");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsSubsequence(
                        "Your chances",
                        "Apply now or strengthen first?",
                        "What to do next",
                        "Your list:",
                        "Ask the programs before you pay",
                        "--full-detail")
                .doesNotContain("Where you stand", "Cost\n");

        CliRun full = CliRun.run(
                home, "recommend", "--profile", PERSONA, "--format", "text", "--budget-usd", "800", "--full-detail");
        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.out())
                .startsWith(run.out().substring(0, run.out().indexOf("\nThe reasons, facts")))
                .containsSubsequence(
                        "THE DETAILS",
                        "Your list in brief",
                        "Where you stand",
                        "What to do next, in order",
                        "Your list by tier",
                        "Program signals",
                        "Cost",
                        "diminishing returns",
                        "Check these with program coordinators",
                        "Programs you cannot apply to",
                        "How the list was computed");
    }

    @Test
    void csvHasAHeaderAndOneRowPerEligibleProgram() {
        CliRun run = CliRun.run(home, "recommend", "--profile", PERSONA, "--format", "csv");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).startsWith("selected,tier,tier_reason,signal,program_id");
        assertThat(lines).hasSize(persona.get("programs").size() + 1);
    }

    @Test
    void moreBudgetNeverLowersTheChance() {
        List<Double> chances = new ArrayList<>();
        for (String usd : List.of("100", "400", "1500")) {
            CliRun run = CliRun.run(
                    home,
                    "recommend",
                    "--profile",
                    PERSONA,
                    "--format",
                    "json",
                    "--budget-usd",
                    usd,
                    "--objective",
                    "match");
            assertThat(run.exitCode()).isZero();
            chances.add(
                    readTree(run.out()).get("summary").get("pAtLeastOneMatch").asDouble());
        }
        assertThat(chances).isSorted();
    }

    @Test
    void badProfileExitsTwoAndListsEveryProblem() throws IOException {
        Path bad = files.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"applicantType\": \"MARTIAN\", \"graduationYear\": 1800, \"usmle\": {\"step2ck\": {\"score\": 412}},"
                        + " \"targets\": [{\"specialtyCode\": \"998\", \"role\": \"GOAL\"}]}",
                StandardCharsets.UTF_8);
        CliRun typeErrors = CliRun.run(home, "recommend", "--profile", bad.toString());
        assertThat(typeErrors.exitCode()).isEqualTo(2);
        assertThat(typeErrors.err()).contains("applicantType").doesNotContain("\tat ");

        Files.writeString(
                bad,
                "{\"applicantType\": \"NON_US_IMG\", \"graduationYear\": 1800, \"usmle\": {\"step2ck\": {\"score\": 412}},"
                        + " \"visa\": {\"needsSponsorship\": true}, \"targets\": [{\"specialtyCode\": \"998\", \"role\": \"GOAL\"}]}",
                StandardCharsets.UTF_8);
        CliRun rangeErrors = CliRun.run(home, "recommend", "--profile", bad.toString());
        assertThat(rangeErrors.exitCode()).isEqualTo(2);
        assertThat(rangeErrors.err())
                .contains(
                        "graduationYear",
                        "Step 2 CK score must be between 1 and 300; you entered 412",
                        "visa.accepts",
                        "targets[0].specialtyCode")
                .doesNotContain("\tat ");
        assertThat(rangeErrors.out()).isEmpty();
    }

    @Test
    void formatAndRangeErrorsAreListedTogether() throws IOException {
        Path bad = files.resolve("mixed.json");
        Files.writeString(
                bad,
                "{\"applicantType\": \"NON_US_IMG\", \"graduationYear\": \"twenty\", "
                        + "\"usmle\": {\"step2ck\": {\"score\": 999}}, \"letters\": {\"total\": \"four\"},"
                        + " \"targets\": [{\"specialtyCode\": \"140\", \"role\": \"GOAL\"}]}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(home, "recommend", "--profile", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "has 3 problems",
                        "Medical school graduation year must be a whole number; you entered \"twenty\" (graduationYear)",
                        "Letters of recommendation must be a whole number; you entered \"four\" (letters.total)",
                        "Step 2 CK score must be between 1 and 300; you entered 999 (usmle.step2ck.score)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nonUtf8AndMissingFilesAreClearErrors() throws IOException {
        Path latin1 = files.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        CliRun notUtf8 = CliRun.run(home, "recommend", "--profile", latin1.toString());
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("not valid UTF-8");

        CliRun missing = CliRun.run(
                home, "recommend", "--profile", files.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the profile file");
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
