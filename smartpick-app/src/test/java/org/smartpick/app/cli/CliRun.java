package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the smartpick command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(Path home, String... args) {
        return run(Map.of("SMARTPICK_HOME", home.toString()), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        CommandLine cli = SmartPickCommand.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
