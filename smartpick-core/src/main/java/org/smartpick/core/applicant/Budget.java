package org.smartpick.core.applicant;

import java.util.Map;
import java.util.OptionalInt;

/** The applicant's limit in dollars, in number of programs, or both, and optional per-specialty program limits. */
public record Budget(OptionalInt maxUsd, OptionalInt maxPrograms, Map<String, Integer> maxProgramsPerSpecialty) {
    public Budget {
        maxUsd = maxUsd == null ? OptionalInt.empty() : maxUsd;
        maxPrograms = maxPrograms == null ? OptionalInt.empty() : maxPrograms;
        maxProgramsPerSpecialty = maxProgramsPerSpecialty == null ? Map.of() : Map.copyOf(maxProgramsPerSpecialty);
    }

    public static Budget none() {
        return new Budget(OptionalInt.empty(), OptionalInt.empty(), Map.of());
    }
}
