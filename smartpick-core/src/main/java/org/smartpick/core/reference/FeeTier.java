package org.smartpick.core.reference;

import java.util.OptionalInt;

/**
 * One tier of an ERAS fee schedule: programs {@code fromProgram..toProgram} (inclusive; open-ended when empty) of
 * one specialty cost {@code feeUsd} each, or {@code feeUsd} once for the whole tier when {@code flat}.
 */
public record FeeTier(int fromProgram, OptionalInt toProgram, int feeUsd, boolean flat) {
    public FeeTier {
        if (fromProgram < 1) {
            throw new IllegalArgumentException("fromProgram must be >= 1, was " + fromProgram);
        }
        if (toProgram.isPresent() && toProgram.getAsInt() < fromProgram) {
            throw new IllegalArgumentException(
                    "toProgram must be >= fromProgram " + fromProgram + ", was " + toProgram.getAsInt());
        }
        if (feeUsd < 0) {
            throw new IllegalArgumentException("feeUsd must be >= 0, was " + feeUsd);
        }
    }
}
