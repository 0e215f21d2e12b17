package org.smartpick.core.program;

import java.util.Objects;

/** Who the program's residents are, in percent of all residents: US MD, US DO, US-citizen IMG and non-US IMG. */
public record ResidentMix(Fact<Double> usMdPct, Fact<Double> usDoPct, Fact<Double> usImgPct, Fact<Double> nonUsImgPct) {
    public ResidentMix {
        Objects.requireNonNull(usMdPct, "usMdPct");
        Objects.requireNonNull(usDoPct, "usDoPct");
        Objects.requireNonNull(usImgPct, "usImgPct");
        Objects.requireNonNull(nonUsImgPct, "nonUsImgPct");
    }

    public static ResidentMix unknown() {
        return new ResidentMix(Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown());
    }
}
