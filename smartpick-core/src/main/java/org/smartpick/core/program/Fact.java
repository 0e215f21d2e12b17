package org.smartpick.core.program;

import java.util.Objects;
import java.util.Optional;

/**
 * One program attribute with where it came from: the value (empty when no source states it), the id of the
 * {@link DataSource} and the date the source gave it as of (ISO date, e.g. {@code 2025-03-28}).
 */
public record Fact<T>(Optional<T> value, String sourceId, String asOf) {
    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(asOf, "asOf");
    }

    public static <T> Fact<T> of(T value, String sourceId, String asOf) {
        return new Fact<>(Optional.of(value), sourceId, asOf);
    }

    /** No source states this attribute. */
    public static <T> Fact<T> unknown() {
        return new Fact<>(Optional.empty(), "none", "");
    }

    public boolean isKnown() {
        return value.isPresent();
    }
}
