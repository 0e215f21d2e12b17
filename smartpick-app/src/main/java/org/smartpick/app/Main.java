package org.smartpick.app;

import org.smartpick.app.cli.SmartPickCommand;

/** Starts SmartPick: reads the environment and runs the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int exitCode = SmartPickCommand.commandLine(System.getenv()).execute(args);
        // A started server keeps the JVM alive on its own threads; every other outcome ends the process.
        if (exitCode != 0 || !SmartPickCommand.isServe(args)) {
            System.exit(exitCode);
        }
    }
}
