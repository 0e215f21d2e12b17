package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.app.json.Json;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;

/**
 * Locks whole reports for the example profiles: the text report and the JSON without per-program detail. Run with
 * {@code -Dsmartpick.golden.update=true} to rewrite the files, then review the diff before committing it.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("smartpick.golden.update");

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void reportMatchesTheReviewedGolden(Path example) throws IOException {
        Recommendation recommendation = recommend(example);
        String name = example.getFileName().toString().replace(".json", "");

        compare(GOLDEN.resolve(name + ".txt"), TextReport.render(recommendation));
        compare(GOLDEN.resolve(name + ".full.txt"), TextReport.renderFullDetail(recommendation));
        compare(GOLDEN.resolve(name + ".summary.json"), summaryJson(recommendation));
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void textReportLinesEndWithoutBlanks(Path example) throws IOException {
        String report = TextReport.render(recommend(example));

        assertThat(report.lines().filter(line -> !line.equals(line.stripTrailing())))
                .as("lines with trailing blanks in the report for %s", example)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void sameProfileGivesByteIdenticalOutput(Path example) throws IOException {
        String first = Json.mapper().writeValueAsString(recommend(example));
        String second = Json.mapper().writeValueAsString(recommend(example));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void programsAreListedSelectedFirstThenByFallingShownChanceThenByWhatElseTheModelSaysThenById(Path example)
            throws IOException {
        Recommendation recommendation = recommend(example);

        assertThat(recommendation.programs())
                .isSortedAccordingTo(Comparator.comparing((ProgramResult p) -> !p.selected())
                        .thenComparing(ProgramResult::pMatch, Comparator.reverseOrder())
                        .thenComparing(p -> p.pMatchHigh() - p.pMatchLow())
                        .thenComparing(ProgramResult::pInterview, Comparator.reverseOrder())
                        .thenComparing(ProgramResult::id));
    }

    private static Recommendation recommend(Path example) throws IOException {
        return ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
    }

    /** The recommendation without the per-program lists, plus the chosen ids with tier and signal and exclusion counts. */
    private static String summaryJson(Recommendation r) throws IOException {
        ObjectNode node = Json.mapper().valueToTree(r);
        node.remove("programs");
        node.remove("excluded");
        var excludedByRule = node.putObject("excludedByRule");
        r.excluded().stream()
                .flatMap(e -> e.reasons().stream())
                .map(reason -> reason.rule())
                .sorted()
                .forEach(rule ->
                        excludedByRule.put(rule, excludedByRule.path(rule).asInt() + 1));
        var chosen = node.putArray("selected");
        r.selectedPrograms()
                .forEach(p -> chosen.add(p.id() + " " + p.specialtyCode() + " "
                        + p.tier().label() + p.signal().map(k -> " " + k).orElse("")));
        node.put("eligiblePrograms", r.programs().size());
        return Json.mapper().writeValueAsString(node) + "\n";
    }

    private static void compare(Path golden, String actual) throws IOException {
        if (UPDATE || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            assertThat(UPDATE)
                    .as("golden file %s did not exist and was written; review and commit it", golden)
                    .isTrue();
        }
        assertThat(actual)
                .as(
                        "output differs from %s; if the change is intended, rerun with -Dsmartpick.golden.update=true "
                                + "and review the diff",
                        golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
