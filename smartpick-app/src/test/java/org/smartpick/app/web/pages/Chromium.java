package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Chromium and chromedriver the browser tests drive: {@code -Dsmartpick.chromium=PATH} and
 * {@code -Dsmartpick.chromedriver=PATH} when given, else the first executable of the usual names on {@code PATH}
 * (Debian's {@code chromium} and {@code chromium-driver} packages install {@code chromium} and {@code chromedriver}).
 */
record Chromium(Path browser, Path driver) {
    private static final String CI_HINT = "CI=true needs Chromium and chromedriver for the browser tests"
            + " (Debian: apt-get install chromium chromium-driver; or -Dsmartpick.chromium / -Dsmartpick.chromedriver)";

    static Optional<Chromium> find() {
        Optional<Path> browser = executable("smartpick.chromium", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("smartpick.chromedriver", "chromedriver");
        return browser.flatMap(b -> driver.map(d -> new Chromium(b, d)));
    }

    /**
     * The installation found, for a test that needs it: absent, the test is reported skipped (a failed assumption),
     * except under {@code CI=true} where it fails, so CI cannot pass without running the browser tests.
     */
    static Chromium require(Optional<Chromium> found) {
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail(CI_HINT);
        }
        assumeTrue(found.isPresent(), "Chromium or chromedriver not found: browser test skipped");
        return found.orElseThrow();
    }

    private static Optional<Path> executable(String property, String... names) {
        String given = System.getProperty(property, "");
        if (!given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
