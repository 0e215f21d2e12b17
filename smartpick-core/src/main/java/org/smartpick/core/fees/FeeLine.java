package org.smartpick.core.fees;

/**
 * One line of a cost: {@code programs} programs of one specialty in one fee tier at {@code unitUsd} each (or once
 * for a flat tier), or a one-off fee (specialtyCode empty, programs 0). {@code amountUsd} is what the line adds.
 */
public record FeeLine(String label, String specialtyCode, int programs, int unitUsd, int amountUsd, String sourceUrl) {
    public FeeLine {
        if (programs < 0) {
            throw new IllegalArgumentException("programs must be >= 0, was " + programs);
        }
        if (amountUsd < 0) {
            throw new IllegalArgumentException("amountUsd must be >= 0, was " + amountUsd);
        }
    }
}
