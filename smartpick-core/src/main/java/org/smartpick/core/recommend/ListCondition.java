package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.Objects;
import org.smartpick.core.eligibility.ConditionKind;

/**
 * A condition that programs on the chosen list are open under: what to complete by when, why, and how many of the
 * chosen programs wait for it (their chances, and the list's, hold only if it is met).
 */
public record ListCondition(ConditionKind kind, LocalDate by, String why, int applications) {
    public ListCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(why, "why");
        if (applications < 1) {
            throw new IllegalArgumentException("applications must be 1 or more, was " + applications);
        }
    }
}
