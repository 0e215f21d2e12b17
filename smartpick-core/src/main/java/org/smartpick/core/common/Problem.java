package org.smartpick.core.common;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem with user input: the field path (e.g. {@code usmle.step2ck.score}, or {@code line 12, column state}
 * for files) and a message that says what is wrong and how to fix it.
 */
public record Problem(String field, String message) {
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * User text made safe to quote in a field or message: control characters shown escaped (a newline or terminal
     * escape in a field name must not break the one-line-per-problem output) and at most 40 characters kept.
     */
    public static String clip(String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        StringBuilder safe = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                safe.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
