package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.cli.SmartPickCommand;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import picocli.CommandLine;

/**
 * Runs {@code recommend --profile FILE} in process on hostile profile files: every run exits 0 (the case happened to
 * be a valid profile) or 2 with an error that names the profile and its fields; never 1, never a stack trace. The
 * CI slice is small because a case that is valid runs a whole recommendation; {@code -Dsmartpick.fuzz.cli.cases=N}
 * runs more.
 */
class CliFuzzTest {
    static final long SEED = 20_260_701L;
    static final int CI_SLICE = 25;

    @TempDir
    static Path dir;

    static Path catalogFile;

    @BeforeAll
    static void exportShippedCatalog() throws IOException {
        catalogFile = dir.resolve("catalog.json");
        try (Writer writer = Files.newBufferedWriter(catalogFile, StandardCharsets.UTF_8)) {
            CatalogJson.write(ShippedCatalog.load(), writer);
        }
    }

    @Test
    void hostileProfileFilesGetClearErrorsNamingFieldsAndNoStackTraces() throws IOException {
        int count = Integer.getInteger("smartpick.fuzz.cli.cases", CI_SLICE);
        int rejected = 0;
        for (HostileProfiles.Case c :
                HostileProfiles.fromExamples(Json.mapper()).generate(SEED, count)) {
            Path file = dir.resolve("profile-" + c.index() + ".json");
            Files.write(file, c.body());
            Run run = recommend(file);
            String context = c.preview();
            Outputs.assertNoStackTrace(run.err(), context);
            assertThat(run.exitCode())
                    .as("exit code of %s, stderr %s", context, run.err())
                    .isIn(0, 2);
            if (run.exitCode() == 2) {
                rejected++;
                assertThat(run.err()).as(context).contains("profile");
                assertThat(run.err()
                                        .lines()
                                        .filter(l -> l.startsWith("  ") && l.contains(" (") && l.endsWith(")"))
                                        .count()
                                + (run.err().contains("not valid UTF-8") ? 1 : 0))
                        .as("a problem line '  message (field)' in %s for %s", run.err(), context)
                        .isPositive();
            }
            Files.delete(file);
        }
        assertThat(rejected).as("most hostile cases are rejected").isGreaterThan(count / 2);
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run recommend(Path profile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SmartPickCommand.commandLine(
                Map.of("SMARTPICK_HOME", dir.resolve("home").toString()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(
                "recommend", "--profile", profile.toString(), "--catalog", catalogFile.toString(), "--format", "json");
        return new Run(code, out.toString(), err.toString());
    }
}
