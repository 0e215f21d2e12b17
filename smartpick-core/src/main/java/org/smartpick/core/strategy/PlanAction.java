package org.smartpick.core.strategy;

import java.util.Objects;

/**
 * One step of the plan: a stable id, its priority (1 = first), the advice, the reason computed from this profile
 * and these results, and where the rule comes from.
 */
public record PlanAction(String id, int priority, String advice, String because, String source) {
    public PlanAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(source, "source");
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be 1 or more, was " + priority);
        }
    }
}
