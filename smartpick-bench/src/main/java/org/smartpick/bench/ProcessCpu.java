package org.smartpick.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The CPU time a Linux process has used so far (user plus system), read from {@code /proc/PID/stat}: how the load
 * test tells what one answered request costs the server and the generator, which is what sets where it saturates.
 * Unknown (empty) where the file cannot be read, such as on another operating system.
 */
final class ProcessCpu {
    /** Clock ticks per second of the stat file's times ({@code getconf CLK_TCK}, 100 on Linux). */
    static final double TICKS_PER_SECOND =
            Double.parseDouble(System.getProperty("smartpick.loadtest.clockTicks", "100"));

    private final Path stat;

    private ProcessCpu(Path stat) {
        this.stat = stat;
    }

    static ProcessCpu of(long pid) {
        return new ProcessCpu(Path.of("/proc", Long.toString(pid), "stat"));
    }

    static ProcessCpu self() {
        return of(ProcessHandle.current().pid());
    }

    /** Seconds of CPU used so far, if the stat file can be read. */
    OptionalDouble seconds() {
        try {
            return OptionalDouble.of(parseSeconds(Files.readString(stat, StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * utime plus stime, fields 14 and 15 of the stat line; counted from the last ')' because the command name
     * (field 2, in parentheses) may itself hold spaces and parentheses.
     */
    static double parseSeconds(String statLine) {
        String[] afterName =
                statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return (Long.parseLong(afterName[11]) + Long.parseLong(afterName[12])) / TICKS_PER_SECOND;
    }
}
