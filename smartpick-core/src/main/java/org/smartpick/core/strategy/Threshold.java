package org.smartpick.core.strategy;

import java.util.Objects;

/** One policy number with the label of where it comes from (data, a rule of thumb, or an assumption of ours). */
public record Threshold(PolicyKey key, double value, String source) {
    public Threshold {
        Objects.requireNonNull(key, "key");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source of " + key.property() + " must be given, was blank");
        }
    }

    /** The value as a whole number, for thresholds on scores, months and counts. */
    public int asInt() {
        return (int) Math.round(value);
    }
}
