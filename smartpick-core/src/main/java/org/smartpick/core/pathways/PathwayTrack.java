package org.smartpick.core.pathways;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One specialty code of a pathway family (e.g. genetics): its role, the default utility of matching there relative
 * to the goal (empty for LINK rows), and whether a program of this code marks an institution as running the family.
 */
public record PathwayTrack(
        String family,
        String specialtyCode,
        PathwayRole role,
        OptionalDouble defaultUtility,
        boolean familyProgram,
        String description,
        String sourceUrl) {
    public PathwayTrack {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(defaultUtility, "defaultUtility");
        if (defaultUtility.isPresent() && !(defaultUtility.getAsDouble() > 0 && defaultUtility.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("defaultUtility must be in (0, 1], was " + defaultUtility.getAsDouble());
        }
    }
}
