package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;

/** A few hostile profiles through the packaged jar: exit 2, a problem line naming the profile, no stack trace. */
class CliJarFuzzIT {
    static final long SEED = 20_260_703L;
    static final int CASES = 8;

    @TempDir
    Path dir;

    @Test
    void packagedJarRejectsHostileProfilesWithoutStackTraces() throws Exception {
        Path catalog = dir.resolve("catalog.json");
        try (Writer writer = Files.newBufferedWriter(catalog, StandardCharsets.UTF_8)) {
            CatalogJson.write(ShippedCatalog.load(), writer);
        }
        for (HostileProfiles.Case c :
                HostileProfiles.fromExamples(Json.mapper()).generate(SEED, CASES)) {
            Path profile = dir.resolve("profile-" + c.index() + ".json");
            Files.write(profile, c.body());
            Path err = dir.resolve("err-" + c.index() + ".txt");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            Path.of("target", "smartpick.jar").toString(),
                            "recommend",
                            "--profile",
                            profile.toString(),
                            "--catalog",
                            catalog.toString(),
                            "--format",
                            "json")
                    .redirectError(err.toFile())
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(c.preview()).isTrue();
            String stderr = read(err);
            Outputs.assertNoStackTrace(stderr, c.preview());
            assertThat(process.exitValue())
                    .as("exit code for %s: %s", c.preview(), stderr)
                    .isIn(0, 2);
            if (process.exitValue() == 2) {
                assertThat(stderr).as(c.preview()).contains("profile");
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
