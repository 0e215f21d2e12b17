package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.app.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code smartpick} command; add a subcommand by listing its class below. */
@Command(
        name = "smartpick",
        mixinStandardHelpOptions = true,
        version = "SmartPick 0.1.0",
        description = "Residency selection engine: eligibility, chances and an optimized application list.",
        subcommands = {
            ServeCommand.class,
            CatalogCommand.class,
            RecommendCommand.class,
            ModelCommand.class,
        })
public final class SmartPickCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    SmartPickCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The configured command line for an environment (tests pass their own map and capture out/err). */
    public static CommandLine commandLine(Map<String, String> environment) {
        CommandLine cli = new CommandLine(new SmartPickCommand(environment));
        cli.setExecutionExceptionHandler(SmartPickCommand::report);
        return cli;
    }

    /** True when the arguments start the long-running web server (the JVM must then not exit). */
    public static boolean isServe(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    /** The settings from the environment; a bad variable is bad input. */
    Settings settings() {
        try {
            return Settings.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** The one place CLI errors become messages: bad input exits 2, anything else 1; never a stack trace. */
    private static int report(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof UsageException) {
            err.println("smartpick: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("smartpick: failed: " + describe(e));
        return FAILURE;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(
                String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" (cause: ").append(cause.getMessage()).append(')');
            }
        }
        return text.toString();
    }
}
