package org.smartpick.core.common;

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
}
