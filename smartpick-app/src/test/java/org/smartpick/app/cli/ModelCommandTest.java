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
    void checkPrintsEveryCellWithinToleranceAndExitsZero() {
        assertThat(run("model", "check")).isEqualTo(0);
        assertThat(out.toString()).contains("Internal Medicine (Categorical)", "NON_US_IMG", "46.8%", "cells within 3.0 percentage points",
                "out-of-sample views");
        assertThat(out.toString()).doesNotContain("MISS");
    }

    @Test
    void checkJsonIsAnArrayOfRowsWithObservedAndPredicted() throws Exception {
        assertThat(run("model", "check", "--json")).isEqualTo(0);
        JsonNode rows = Json.mapper().readTree(out.toString());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isGreaterThan(100);
        JsonNode first = rows.get(0);
        assertThat(first.get("specialty").asText()).isEqualTo("Anesthesiology");
        assertThat(first.get("applicantType").asText()).isEqualTo("US_MD");
        assertThat(first.get("observed").asDouble()).isEqualTo(1301.0 / 1784);
        assertThat(Math.abs(first.get("predicted").asDouble() - first.get("observed").asDouble())).isLessThan(0.03);
    }

    @Test
    void checkExitsOneWhenAParametersFileMissesACell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shifted.properties");
        Files.writeString(file, ShippedPolicies.shippedModel()
                .withValues(Map.of("cell.pediatrics-categorical.US_IMG.intercept", "0.5")).parameters().text());

        assertThat(run("model", "check", "--model", file.toString())).isEqualTo(1);
        assertThat(out.toString()).containsPattern("Pediatrics \\(Categorical\\) .* US_IMG .* MISS");
    }

    @Test
    void fitWritesAParametersFileTheModelCanUse(@TempDir Path dir) throws Exception {
        Path fitted = dir.resolve("fitted.properties");
        assertThat(run("model", "fit", "--outcomes", "../data/model/synthetic-outcomes.csv", "--out", fitted.toString()))
                .as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("held-out interview: Brier", "log loss", "step2ck", "wrote " + fitted);
        assertThat(ShippedPolicies.modelFromFile(fitted).version()).isEqualTo("chance-model-v1+fit");
        assertThat(run("model", "check", "--model", fitted.toString())).isEqualTo(0);
    }

    @Test
    void fitWithABadCsvExitsTwoListingEveryBadLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        String header = String.join(",", org.smartpick.core.fit.OutcomeCsv.COLUMNS);
        Files.writeString(csv, header + "\nUS_MD,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\n"
                + "MARTIAN,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,1,1\nUS_MD,250,,0,0,0,0,0,0,1,0,0,1,1,140,0,YES,,0,,,x,1\n",
                StandardCharsets.UTF_8);

        assertThat(run("model", "fit", "--outcomes", csv.toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("2 problems", "line 3, column applicant_type", "line 4, column interviewed");
        assertThat(Files.exists(dir.resolve("o"))).isFalse();
    }

    @Test
    void fitWithAMissingFileExitsTwo() {
        assertThat(run("model", "fit", "--outcomes", "no-such-file.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
