package org.smartpick.core.optimize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.fees.Cost;

/**
 * The optimised list: selections sorted by program id, the achieved P(at least one match) and expected utility,
 * an upper bound on the objective over every list the budget allows (equal to the achieved value when the method is
 * exact), the cost as fee lines, the diminishing-returns curve, the list size after which the curve is flat for good
 * ({@link Flattening}; empty when it is not, or for a plan without a curve: a what-if list, a given list), how it
 * was computed, notes, and what the preference bonuses did to the list (empty when no candidate carries one, and for
 * a what-if list).
 */
public record ApplicationPlan(
        List<Selection> selected,
        Objective objective,
        double pAtLeastOneMatch,
        double expectedUtility,
        double upperBound,
        boolean exact,
        Cost cost,
        List<CurvePoint> curve,
        OptionalInt diminishingReturnsAfter,
        String method,
        List<String> notes,
        Optional<PreferenceEffect> preferences) {
    public ApplicationPlan {
        selected = List.copyOf(selected);
        curve = List.copyOf(curve);
        notes = List.copyOf(notes);
        Objects.requireNonNull(preferences, "preferences");
    }

    /** The value the objective measures: P(at least one match) or expected utility. */
    public double achieved() {
        return objective == Objective.AT_LEAST_ONE_MATCH ? pAtLeastOneMatch : expectedUtility;
    }
}
