package org.smartpick.core.applicant;

import java.util.OptionalDouble;

/**
 * A specialty the applicant wants to apply in (ACGME code) and its role. {@code weight} is the value of matching
 * there relative to the goal (0..1], used by the expected-utility objective; empty means the default for the role.
 */
public record Target(String specialtyCode, TargetRole role, OptionalDouble weight) {
    public Target {
        role = role == null ? TargetRole.GOAL : role;
        weight = weight == null ? OptionalDouble.empty() : weight;
    }
}
