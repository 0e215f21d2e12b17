package org.smartpick.core.fees;

/** How many programs of one specialty a selection holds, under the fee schedule of {@code feeGroup}. */
public record SpecialtyCount(String feeGroup, String specialtyCode, int programs) {
    public SpecialtyCount {
        if (programs < 0) {
            throw new IllegalArgumentException("programs must be >= 0, was " + programs);
        }
    }
}
