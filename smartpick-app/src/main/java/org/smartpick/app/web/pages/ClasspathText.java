package org.smartpick.app.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads text files packaged with the app ({@code /examples/}, {@code /data/}) as UTF-8. */
final class ClasspathText {
    private ClasspathText() {}

    static Optional<String> find(String resource) {
        try (InputStream in = ClasspathText.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged " + resource, e);
        }
    }

    static String require(String resource) {
        return find(resource).orElseThrow(() -> new IllegalStateException(resource + " is not packaged with the app"));
    }
}
