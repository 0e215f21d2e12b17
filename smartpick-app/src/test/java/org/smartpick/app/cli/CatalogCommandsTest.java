package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.json.Json;

/** Runs the catalog commands in-process against one embedded database shared by the tests of this class. */
class CatalogCommandsTest {
    @TempDir
    static Path home;

    @TempDir
    Path files;

    @Test
    void statsJsonReportsProgramsPerSpecialtyAndSources() throws IOException {
        CliRun run = CliRun.run(home, "catalog", "stats", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stats = Json.mapper().readTree(run.out());
        assertThat(stats.get("programs").asInt()).isEqualTo(5417);
        assertThat(stats.get("bySpecialty").get("140").asInt()).isEqualTo(710);
        assertThat(stats.get("bySpecialty").get("765").asInt()).isEqualTo(30);
        assertThat(stats.get("bySpecialty").get("130").asInt()).isEqualTo(36);
        assertThat(stats.get("sources").findValuesAsText("id")).contains("eras", "freida", "acgme", "nrmp");
        assertThat(stats.get("attributesKnown").get("first_year_positions").asInt())
                .isGreaterThan(672);
        JsonNode pediatricsJ1 = stats.get("coverage").get("320").get("visa_j1");
        assertThat(pediatricsJ1.get("stated").asInt()
                        + pediatricsJ1.get("inferred").asInt()
                        + pediatricsJ1.get("unknown").asInt())
                .isEqualTo(stats.get("bySpecialty").get("320").asInt());
        assertThat(stats.get("coverage")
                        .get("765")
                        .get("visa_j1")
                        .get("inferred")
                        .asInt())
                .isEqualTo(30);
    }

    @Test
    void statsTextNamesSpecialtiesAndSources() {
        CliRun run = CliRun.run(home, "catalog", "stats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("5417 programs")
                .contains("Internal Medicine (140)")
                .contains("freida")
                .contains("coverage by specialty")
                .containsPattern("Pediatrics \\(320\\) +212 +\\d+");
    }

    @Test
    void malformedImportExitsTwoListsEveryBadLineAndChangesNothing() throws IOException {
        String before = export();
        Path bad = write(
                "bad-facts.csv",
                "acgme_program_id,attribute,value,source,as_of\n"
                        + "14035212,min_step2_score,230,program website,2025-08-01\n"
                        + "1403521292,min_step2_score,230,program website,2025-08-01\n"
                        + "1403521292,min_step2_score,412,program website,2025-08-01\n"
                        + "1403521292,favourite_colour,blue,program website,2025-08-01\n"
                        + "1403521292,visa_h1b,YES,program website,last week\n"
                        + "9999999999,visa_h1b,YES,program website,2025-08-01\n");
        CliRun run = CliRun.run(home, "catalog", "import", bad.toString(), "--format", "facts-csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "line 2, column acgme_program_id",
                        "line 4, column value",
                        "must be a USMLE Step 2 CK score 1..300",
                        "line 5, column attribute",
                        "line 6, column as_of",
                        "line 7, column acgme_program_id")
                .doesNotContain("\tat org.");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void factsForProgramsNotInTheCatalogAreRejectedWithTheirLine() throws IOException {
        Path file = write(
                "missing-program.csv",
                "acgme_program_id,attribute,value,source,as_of\n"
                        + "9999999999,visa_h1b,YES,program website,2025-08-01\n");
        CliRun run = CliRun.run(home, "catalog", "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2, column acgme_program_id").contains("not in the catalog");
    }

    @Test
    void importingAFactsFileAppliesItAndImportingItAgainChangesNothing() throws IOException {
        Path facts = write(
                "facts.csv",
                "acgme_program_id,attribute,value,source,as_of\n"
                        + "3200121017,min_step2_score,225,Program website,2025-08-01\n"
                        + "3200121017,max_years_since_graduation,5,Program website,2025-08-01\n");
        CliRun first = CliRun.run(home, "catalog", "import", facts.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("catalog version");
        String afterFirst = export();
        assertThat(afterFirst).contains("program-website");
        CliRun second = CliRun.run(home, "catalog", "import", facts.toString(), "--format", "facts-csv");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("nothing new").contains("unchanged");
        assertThat(export()).isEqualTo(afterFirst);
    }

    @Test
    void anExportedCatalogImportsBackAsANoOp() throws IOException {
        Path json = files.resolve("catalog.json");
        assertThat(CliRun.run(home, "catalog", "export", "--output", json.toString())
                        .exitCode())
                .isZero();
        CliRun run = CliRun.run(home, "catalog", "import", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unchanged");
    }

    @Test
    void aBrokenJsonFileIsBadInputWithItsLine() throws IOException {
        Path json = write("broken.json", "{\n  \"programs\": [ oops ]\n}\n");
        CliRun run = CliRun.run(home, "catalog", "import", json.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2");
    }

    @Test
    void anUnknownFormatIsBadUsage() throws IOException {
        Path file = write("x.csv", "a,b\n1,2\n");
        CliRun run = CliRun.run(home, "catalog", "import", file.toString(), "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format must be one of");
        assertThat(CliRun.run(home, "catalog", "import", file.toString()).err()).contains("pass --format");
    }

    @Test
    void aFileThatIsNotUtf8IsBadInput() throws IOException {
        Path file = files.resolve("latin1.csv");
        Files.write(
                file,
                "acgme_program_id,attribute,value,source,as_of\n1403521292,setting,Universit\u00e9,web,2025-08-01\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.run(home, "catalog", "import", file.toString(), "--format", "facts-csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("UTF-8");
    }

    @Test
    void aMissingFileIsBadUsage() {
        CliRun run =
                CliRun.run(home, "catalog", "import", files.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void noSubcommandPrintsUsageAndExitsTwo() {
        CliRun run = CliRun.run(home);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: smartpick").contains("catalog").contains("serve");
        assertThat(CliRun.run(home, "--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void aBadPortVariableIsBadInput() {
        CliRun run =
                CliRun.run(Map.of("SMARTPICK_HOME", home.toString(), "SMARTPICK_PORT", "http"), "catalog", "stats");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("SMARTPICK_PORT");
    }

    @Test
    void anUnreachableDatabaseIsAFailureWithAMessageNotAStackTrace() {
        CliRun run = CliRun.run(
                Map.of("SMARTPICK_HOME", home.toString(), "SMARTPICK_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"),
                "catalog",
                "stats");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("smartpick: failed:").doesNotContain("\tat ");
    }

    private String export() {
        CliRun run = CliRun.run(home, "catalog", "export");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
