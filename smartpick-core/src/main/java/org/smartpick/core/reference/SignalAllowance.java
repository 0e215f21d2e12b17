package org.smartpick.core.reference;

import java.util.Optional;
import java.util.OptionalInt;

/** How many program signals a specialty allows in one ERAS season, split into gold and silver where tiered. */
public record SignalAllowance(
        int season,
        String specialtyName,
        Optional<String> specialtyCode,
        int total,
        OptionalInt gold,
        OptionalInt silver,
        String notes,
        String sourceUrl) {
    public boolean tiered() {
        return gold.isPresent() && silver.isPresent();
    }
}
