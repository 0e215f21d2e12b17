package org.smartpick.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the shaded jar as users run it: a real JVM, real exit codes, the shipped catalog on first use. */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "smartpick.jar");

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {}

    Result run(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built by 'package'; run './mvnw -B verify'");
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SMARTPICK_HOME", home.toString());
        builder.environment().remove("SMARTPICK_DB_URL");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("jar finished in time")
                .isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarPrintsCatalogStatsFromTheEmbeddedDatabase() throws Exception {
        Result result = run("catalog", "stats", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"programs\" : 5417").contains("\"140\" : 710");
        assertThat(home.resolve("db")).isDirectory();
    }

    @Test
    void theJarExitsTwoOnBadUsage() throws Exception {
        Result result = run("catalog", "import");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter");
    }
}
