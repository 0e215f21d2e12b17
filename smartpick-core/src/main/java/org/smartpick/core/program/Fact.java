package org.smartpick.core.program;

import java.util.Objects;
import java.util.Optional;

/**
 * One program attribute with where it came from: the value (empty when no source states it), the id of the
 * {@link DataSource}, the date the source gave it as of (ISO date, e.g. {@code 2025-03-28}), whether a source
 * states it about this program or it was inferred from another one, and the source's own wording when SmartPick
 * mapped it onto its own vocabulary (e.g. a setting label; empty when the value is the source's).
 */
public record Fact<T>(
        Optional<T> value,
        String sourceId,
        String asOf,
        Basis basis,
        Optional<Inference> inference,
        String sourceLabel) {
    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(inference, "inference");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        if ((basis == Basis.INFERRED) != inference.isPresent()) {
            throw new IllegalArgumentException("an inferred fact names its inference and a stated one has none, was "
                    + basis + " with " + inference);
        }
    }

    /** A fact a source states about this program (the value may be empty: the source was checked and says nothing). */
    public Fact(Optional<T> value, String sourceId, String asOf) {
        this(value, sourceId, asOf, Basis.STATED, Optional.empty(), "");
    }

    public static <T> Fact<T> of(T value, String sourceId, String asOf) {
        return new Fact<>(Optional.of(value), sourceId, asOf);
    }

    /** A stated value that the source words differently ({@code sourceLabel}), e.g. "Affiliated Hospital". */
    public static <T> Fact<T> labelled(Optional<T> value, String sourceId, String asOf, String sourceLabel) {
        return new Fact<>(value, sourceId, asOf, Basis.STATED, Optional.empty(), sourceLabel);
    }

    /** The same value, source and date, carried over to another program by {@code inference}. */
    public Fact<T> inferredBy(Inference inference) {
        return new Fact<>(value, sourceId, asOf, Basis.INFERRED, Optional.of(inference), sourceLabel);
    }

    /** No source states this attribute. */
    public static <T> Fact<T> unknown() {
        return new Fact<>(Optional.empty(), "none", "");
    }

    public boolean isKnown() {
        return value.isPresent();
    }

    public boolean isStated() {
        return basis == Basis.STATED;
    }

    /** The value when a source states it about this program; empty for unknown and for inferred facts. */
    public Optional<T> statedValue() {
        return isStated() ? value : Optional.empty();
    }
}
