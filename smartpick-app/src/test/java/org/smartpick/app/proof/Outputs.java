package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What every error answer must and must not contain, for the CLI and the API alike. */
final class Outputs {
    /** A Java stack frame or exception class name: none may reach a user. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\tat |\\bat [a-z]+\\.[a-zA-Z.$]+\\(|[A-Za-z.]+(Exception|Error)\\b(:|\\s|$)|Caused by:)");

    private Outputs() {}

    static void assertNoStackTrace(String text, String context) {
        assertThat(STACK_TRACE.matcher(text).find())
                .as("stack trace or exception name in output of %s:%n%s", context, clip(text))
                .isFalse();
    }

    static String clip(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }
}
