package org.smartpick.core.archfixture;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Everything the core must not do, in one class under {@code org.smartpick.core}: {@code CoreArchitectureRulesTest}
 * checks that each architecture rule reports it. Never run.
 */
public final class ImpureCoreClass {

    private ImpureCoreClass() {}

    static String readsAFile(Path path) throws IOException {
        return Files.readString(path);
    }

    static boolean touchesJavaIo(String name) {
        return new File(name).exists();
    }

    static void prints(String text) {
        System.out.println(text);
    }

    static Instant readsTheClock() {
        return Instant.now();
    }

    @SuppressWarnings("JavaTimeDefaultTimeZone") // reading the default zone's date is the point of the fixture
    static LocalDate readsTheDate() {
        return LocalDate.now();
    }

    static int rollsADie() {
        return new Random().nextInt(6);
    }

    static String readsTheEnvironment() {
        return System.getenv("HOME");
    }
}
