package org.smartpick.core.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was made of input that can have problems: the value when one could be built (a whole policy, or the rows
 * that read well) and every problem found, each naming its line, column or key.
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {
    public Parsed {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
    }

    /** A value read without problems. */
    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), List.of());
    }

    /** No value: the problems say why. */
    public static <T> Parsed<T> failed(List<Problem> problems) {
        return new Parsed<>(Optional.empty(), problems);
    }

    /** A value with the problems found on the way (e.g. rows skipped because they did not read). */
    public static <T> Parsed<T> withProblems(T value, List<Problem> problems) {
        return new Parsed<>(Optional.of(value), problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
