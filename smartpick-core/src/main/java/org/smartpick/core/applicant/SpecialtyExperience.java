package org.smartpick.core.applicant;

import java.util.List;

/** Experience in the goal specialty: its name, months and kinds (clinics, variant curation...). */
public record SpecialtyExperience(String specialty, int months, List<String> kinds) {
    public SpecialtyExperience {
        specialty = specialty == null ? "" : specialty;
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    public static SpecialtyExperience none() {
        return new SpecialtyExperience("", 0, List.of());
    }
}
