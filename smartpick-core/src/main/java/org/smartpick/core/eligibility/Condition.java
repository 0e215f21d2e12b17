package org.smartpick.core.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A condition under which a program is open to the applicant: what they must complete ({@code kind}) by which date
 * ({@code by}, from the season calendar), and why the program needs it.
 */
public record Condition(ConditionKind kind, LocalDate by, String why) {
    public Condition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(why, "why");
    }
}
