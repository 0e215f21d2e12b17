package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.ShippedPolicies;
import picocli.CommandLine;

class ModelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SmartPickCommand.commandLine(Map.of());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void checkRunsEveryCellThroughTheWholeRecommendationAndExitsZero() {
        assertThat(run("model", "check")).isEqualTo(0);
        assertThat(out.toString())
                .contains(
                        "internal-medicine-categorical",
                        "NON_US_IMG",
                        "46.8%",
                        "cells within 3.0 percentage points",
                        "held out",
                        "2024 headline",
                        "model check passed");
        assertThat(out.toString()).doesNotContain("MISS");
    }

    @Test
    void checkJsonHasCellsWithExpectedInterviewsAndHeldOutViews() throws Exception {
        assertThat(run("model", "check", "--json")).isEqualTo(0);
        JsonNode report = Json.mapper().readTree(out.toString());
        JsonNode cells = report.get("cells");
        assertThat(cells.size()).isGreaterThan(50);
        JsonNode imNonUsImg = null;
        for (JsonNode cell : cells) {
            assertThat(Math.abs(cell.get("predicted").asDouble()
                            - cell.get("observed").asDouble()))
                    .isLessThanOrEqualTo(0.03);
            if (cell.get("specialtyCode").asText().equals("140")
                    && cell.get("applicantType").asText().equals("NON_US_IMG")) {
                imNonUsImg = cell;
            }
        }
        assertThat(imNonUsImg).isNotNull();
        assertThat(imNonUsImg.get("observed").asDouble()).isEqualTo(Math.round(3573.0 / 7630 * 10_000) / 10_000.0);
        assertThat(imNonUsImg.get("applications").asInt()).isEqualTo(77);
        assertThat(imNonUsImg.get("expectedInterviews").asDouble()).isBetween(3.0, 13.0);
        assertThat(report.get("holdout").size()).isGreaterThan(5);
        assertThat(report.get("passes").asBoolean()).isTrue();
    }

    @Test
    void checkExitsOneWhenAParametersFileMissesACell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shifted.properties");
        Files.writeString(
                file,
                ShippedPolicies.shippedModel()
                        .withValues(Map.of("pipeline-shift.pediatrics-categorical.US_IMG", "1.5"))
                        .value()
                        .orElseThrow()
                        .text());

        assertThat(run("model", "check", "--model", file.toString())).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("pediatrics-categorical +320 +US_IMG .* MISS")
                .contains("model check FAILED");
    }

    @Test
    void checkExitsOneWhenAHeldOutCellLeavesItsBand(@TempDir Path dir) throws Exception {
        // Thoracic surgery has no fitted US DO cell: making US DO applicants far stronger everywhere they were not
        // fitted moves its held-out prediction beyond what 9 applicants allow.
        Path file = dir.resolve("strong-do.properties");
        Files.writeString(
                file,
                ShippedPolicies.shippedModel()
                        .withValues(Map.of("pipeline-shift.default.US_DO", "4"))
                        .value()
                        .orElseThrow()
                        .text());

        assertThat(run("model", "check", "--model", file.toString())).isEqualTo(1);
        assertThat(out.toString()).containsPattern("thoracic-surgery +US_DO .* MISS");
    }

    @Test
    void fitWritesAParametersFileTheModelCanUse(@TempDir Path dir) throws Exception {
        Path fitted = dir.resolve("fitted.properties");
        assertThat(run(
                        "model",
                        "fit",
                        "--outcomes",
                        "../data/model/synthetic-outcomes.csv",
                        "--out",
                        fitted.toString()))
                .as(err.toString())
                .isEqualTo(0);
        assertThat(out.toString()).contains("held-out interview: Brier", "log loss", "step2ck", "wrote " + fitted);
        assertThat(ShippedPolicies.modelFromFile(fitted).version()).isEqualTo("chance-model-v1+fit");
        assertThat(run("model", "check", "--model", fitted.toString())).isEqualTo(0);
    }

    @Test
    void fitWithABadCsvExitsTwoListingEveryBadLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        String header = String.join(",", org.smartpick.core.fit.OutcomeCsv.COLUMNS);
        Files.writeString(
                csv,
                header + "\nUS_MD,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\n"
                        + "MARTIAN,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\nUS_MD,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,x,1\n",
                StandardCharsets.UTF_8);

        assertThat(run(
                        "model",
                        "fit",
                        "--outcomes",
                        csv.toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("2 problems", "line 3, column applicant_type", "line 4, column interviewed");
        assertThat(Files.exists(dir.resolve("o"))).isFalse();
    }

    @Test
    void fitWithAMissingFileExitsTwo() {
        assertThat(run("model", "fit", "--outcomes", "no-such-file.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
