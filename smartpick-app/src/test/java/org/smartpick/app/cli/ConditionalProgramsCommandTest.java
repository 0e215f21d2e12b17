package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Runs {@code recommend} for the H-1B-only example without Step 3 (the default season, so Step 3 can always still be
 * passed by its rank-list deadline): its programs are conditional on the pass, not excluded; and applicants who do
 * not train on an H-1B never get the H-1B Step 3 advice.
 */
class ConditionalProgramsCommandTest {
    private static final String H1B_ONLY = "../examples/non-us-img-h1b-reapplicant.json";

    @TempDir
    static Path home;

    @TempDir
    Path files;

    private static JsonNode answer;

    @BeforeAll
    static void recommendForTheH1bOnlyExample() throws IOException {
        answer = json(H1B_ONLY);
    }

    private static JsonNode json(String profile) throws IOException {
        CliRun run = CliRun.run(home, "recommend", "--profile", profile, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    /** The date of a step of the answer's season, from the answer's own calendar. */
    private static String seasonDate(String event) {
        for (JsonNode date : answer.get("season").get("calendar")) {
            if (date.get("event").asText().equals(event)) {
                return date.get("date").asText();
            }
        }
        throw new AssertionError("no " + event + " in the answer's calendar");
    }

    private static List<JsonNode> selected(JsonNode recommendation) {
        List<JsonNode> chosen = new ArrayList<>();
        recommendation.get("programs").forEach(p -> {
            if (p.get("selected").asBoolean()) {
                chosen.add(p);
            }
        });
        return chosen;
    }

    @Test
    void h1bOnlyWithoutStep3GetsAListOfH1bProgramsConditionalOnAPassByTheRankListDeadline() {
        String deadline = seasonDate("RANK_LIST_DEADLINE");
        Map<String, Program> catalog =
                ShippedCatalog.load().programs().stream().collect(Collectors.toMap(Program::id, Function.identity()));
        List<JsonNode> chosen = selected(answer);

        assertThat(chosen).isNotEmpty();
        for (JsonNode p : chosen) {
            assertThat(p.get("conditions")).as(p.get("id").asText()).hasSize(1);
            JsonNode condition = p.get("conditions").get(0);
            assertThat(condition.get("kind").asText()).isEqualTo("STEP3_PASSED");
            assertThat(condition.get("by").asText()).isEqualTo(deadline);
            assertThat(condition.get("why").asText()).contains("H-1B");
            assertThat(EligibilityRules.sponsorship(catalog.get(p.get("id").asText()), VisaType.H1B))
                    .as(p.get("id").asText())
                    .isNotEqualTo(YesNoUnknown.NO);
        }
    }

    @Test
    void theChanceIsPositiveAndTheSummarySaysItIsConditionalOnStep3() {
        JsonNode summary = answer.get("summary");

        assertThat(summary.get("pAtLeastOneMatch").asDouble()).isPositive();
        assertThat(summary.get("conditions")).hasSize(1);
        assertThat(summary.get("conditions").get(0).get("kind").asText()).isEqualTo("STEP3_PASSED");
        assertThat(summary.get("conditions").get(0).get("by").asText()).isEqualTo(seasonDate("RANK_LIST_DEADLINE"));
        assertThat(summary.get("conditions").get(0).get("applications").asInt())
                .isEqualTo(summary.get("applications").asInt());
        assertThat(summary.get("pAtLeastOneMatchWithoutConditions").asDouble()).isZero();
    }

    @Test
    void thePlanLeadsWithTheDatedStep3Booking() {
        JsonNode first = answer.get("plan").get(0);

        assertThat(first.get("id").asText()).isEqualTo("step3-gate");
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("advice").asText())
                .startsWith("Book Step 3 now and sit it by ")
                .contains("need a pass by " + seasonDate("RANK_LIST_DEADLINE"));
    }

    @Test
    void textReportMarksEachConditionalProgramAndSaysTheChanceIsConditional() {
        CliRun run = CliRun.run(home, "recommend", "--profile", H1B_ONLY, "--format", "text");
        String deadline = seasonDate("RANK_LIST_DEADLINE");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = run.out().replaceAll("\\s+", " ");
        assertThat(report)
                .contains("These chances are conditional: they count on Step 3 passed by " + deadline)
                .contains("What to do next --------------- 1. Book Step 3 now");
        String full = CliRun.run(home, "recommend", "--profile", H1B_ONLY, "--format", "text", "--full-detail")
                .out()
                .replaceAll("\\s+", " ");
        assertThat(full)
                .contains("[if Step 3 passed by " + deadline + "]")
                .contains("What to do next, in order ------------------------- 1. Book Step 3 now");
    }

    @Test
    void csvHasTheConditionOfEachProgram() {
        CliRun run = CliRun.run(home, "recommend", "--profile", H1B_ONLY, "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).contains(",conditions,");
        assertThat(lines[1]).startsWith("true,").contains("STEP3_PASSED by " + seasonDate("RANK_LIST_DEADLINE"));
    }

    @Test
    void applicantsWhoDoNotTrainOnAnH1bGetNoH1bStep3AdviceAndNoConditions() throws IOException {
        String genetics = Files.readString(Path.of("../examples/non-us-img-genetics.json"), StandardCharsets.UTF_8);
        Path j1Only = files.resolve("j1-only-older.json");
        Files.writeString(
                j1Only,
                genetics.replace("\"accepts\": [\"J1\", \"H1B\"]", "\"accepts\": [\"J1\"]")
                        .replace("\"graduationYear\": 2021", "\"graduationYear\": 2014"),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(j1Only)).contains("[\"J1\"]").contains("2014");

        for (String profile : List.of(
                j1Only.toString(), "../examples/us-img-pediatrics.json", "../examples/us-md-internal-medicine.json")) {
            JsonNode other = json(profile);
            other.get("plan")
                    .forEach(action -> assertThat(action.get("advice").asText()
                                    + action.get("because").asText())
                            .as("%s: %s", profile, action.get("id").asText())
                            .doesNotContain("H-1B"));
            assertThat(other.get("summary").get("conditions")).as(profile).isEmpty();
        }
    }
}
